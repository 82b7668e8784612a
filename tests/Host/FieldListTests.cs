using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsForge.Host.Commands;
using EcsForge.Host.Conformance;
using EcsForge.Routing;
using EcsForge.Tests.Datasets;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Host;

/// <summary>
/// <c>ecsforge fields</c>: every field a dataset can write, the inferred ones included, with ECS's type names. The
/// list is generated (<c>IntakeFormat.Fields</c>); these tests hold it against the schema and against real output.
/// </summary>
public sealed class FieldListTests
{
    private static readonly IntakeRouter s_router = new(EcsForge.Parsers.IntakeFormatRegistry.All);

    /// <summary>The types the vendored ECS schema uses (generator/Schema/ecs_fields.tsv, second column).</summary>
    private static readonly HashSet<string> s_ecsTypes = File.ReadLines(RepositoryPaths.InRepository("generator", "Schema", "ecs_fields.tsv"))
        .Where(line => !line.StartsWith('#'))
        .Select(line => line.Split('\t')[1])
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string> ShippedFormats => new(EcsForge.Parsers.IntakeFormatRegistry.All.Select(format => format.Slug));

    public static TheoryData<string> SampleCases => new(
        ConformanceSuite.Discover(RepositoryPaths.InRepository("tests", "Samples")).SelectMany(format => format.Cases).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(ShippedFormats))]
    public void Every_listed_type_is_an_ECS_type_name(string slug)
    {
        var fields = Format(slug).Fields;

        Assert.Empty(fields.Where(field => !s_ecsTypes.Contains(field.Type)).Select(field => $"{field.Name}: {field.Type}"));
        Assert.DoesNotContain(fields, field => field.Type is "number" or "array");
    }

    [Fact]
    public void User_agent_and_related_fields_are_listed_as_inferred_with_their_ECS_types()
    {
        var fields = Format("cloudflare-http-requests").Fields.ToDictionary(field => field.Name);

        foreach (var name in new[] { "user_agent.name", "user_agent.version", "user_agent.os.name", "user_agent.os.version", "user_agent.device.name" })
        {
            Assert.True(fields[name].Inferred, name);
            Assert.Equal("keyword", fields[name].Type);
        }

        Assert.Equal(("ip", true), (fields["related.ip"].Type, fields["related.ip"].Inferred));
        Assert.Equal(("keyword", true), (fields["source.address"].Type, fields["source.address"].Inferred));
        Assert.Equal(("keyword", false), (fields["user_agent.original"].Type, fields["user_agent.original"].Inferred));
        // A custom number is listed as ECS's long, as http.response.status_code is.
        Assert.Equal("long", fields["cloudflare.EdgeResponseStatus"].Type);
        Assert.Equal("long", fields["http.response.status_code"].Type);
    }

    [Fact]
    public void Url_parts_and_their_domain_parts_are_inferred_from_url_original_but_a_written_part_is_not()
    {
        var fields = UrlInferenceDataset.Format.Fields.ToDictionary(field => field.Name);

        Assert.Equal(
            ["related.hash", "url.domain", "url.fragment", "url.full", "url.port", "url.query", "url.registered_domain", "url.scheme", "url.subdomain", "url.top_level_domain"],
            fields.Values.Where(field => field.Inferred).Select(field => field.Name).Order(StringComparer.Ordinal));
        Assert.False(fields["url.path"].Inferred);
        Assert.Equal("long", fields["url.port"].Type);
        Assert.Equal("wildcard", fields["url.full"].Type);
    }

    [Fact]
    public void Platform_rules_list_addresses_domain_parts_copies_path_parts_and_related_lists()
    {
        var inferred = PlatformRulesDataset.Format.Fields.Where(field => field.Inferred).Select(field => field.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(
            new HashSet<string>
            {
                "client.address", "source.address", "source.registered_domain", "client.top_level_domain", "destination.subdomain",
                "file.name", "file.directory", "host.name", "event.outcome",
                "related.ip", "related.user", "related.hosts", "related.hash",
            }.Except(inferred));
        // Written by the dataset, so listed once, as written.
        Assert.DoesNotContain("destination.address", inferred);
        Assert.Contains(PlatformRulesDataset.Format.Fields, field => field.Name == "destination.address" && !field.Inferred);
    }

    /// <summary>
    /// The list is complete: every field of every event the project's sample cases produce is listed, or lies inside a
    /// listed object field.
    /// </summary>
    [Theory]
    [MemberData(nameof(SampleCases))]
    public void Every_field_a_sample_event_gets_is_listed(string caseName)
    {
        var testCase = ConformanceSuite.Discover(RepositoryPaths.InRepository("tests", "Samples")).SelectMany(format => format.Cases).Single(c => c.Name == caseName);
        var format = s_router.Formats.Single(f => f.Uuid.ToString("D").Equals(testCase.Format.Manifest.Uuid, StringComparison.OrdinalIgnoreCase));
        var message = JsonNode.Parse(File.ReadAllText(testCase.FilePath))!["input"]!["message"]!.GetValue<string>();
        var output = new ArrayBufferWriter<byte>();
        Assert.True(s_router.Parse(format, Encoding.UTF8.GetBytes(message), output).Success);

        var listed = format.Fields.Select(field => field.Name).ToHashSet(StringComparer.Ordinal);
        var unlisted = Leaves(JsonNode.Parse(output.WrittenSpan)!.AsObject(), string.Empty, listed).ToList();

        Assert.Empty(unlisted);
    }

    [Fact]
    public void Json_output_has_the_format_and_one_object_per_field()
    {
        using var document = JsonDocument.Parse(FieldListJson.Render(Format("cloudflare-http-requests")));

        var root = document.RootElement;
        Assert.Equal("cloudflare-http-requests", root.GetProperty("slug").GetString());
        var userAgentName = root.GetProperty("fields").EnumerateArray().Single(field => field.GetProperty("name").GetString() == "user_agent.name");
        Assert.Equal("keyword", userAgentName.GetProperty("type").GetString());
        Assert.True(userAgentName.GetProperty("inferred").GetBoolean());
        Assert.False(string.IsNullOrEmpty(userAgentName.GetProperty("description").GetString()));
        Assert.Equal(Format("cloudflare-http-requests").Fields.Count, root.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public void The_fields_command_writes_json_with_the_json_option()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = EcsForge.Host.Cli.EcsForgeCli.Invoke(["fields", "pulse-connect-secure", "--json"], output, error);

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output.ToString());
        Assert.Contains(document.RootElement.GetProperty("fields").EnumerateArray(), field => field.GetProperty("name").GetString() == "related.user");
    }

    private static IntakeFormat Format(string slug) => s_router.Formats.Single(format => format.Slug == slug);

    /// <summary>The dotted paths of <paramref name="node"/>'s values that are neither listed nor inside a listed field.</summary>
    private static IEnumerable<string> Leaves(JsonObject node, string prefix, HashSet<string> listed)
    {
        foreach (var (key, value) in node)
        {
            var path = prefix + key;
            if (listed.Contains(path))
            {
                continue;
            }

            if (value is JsonObject child)
            {
                foreach (var leaf in Leaves(child, path + ".", listed))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
