using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using EcsForge.Parsing;
using EcsForge.Routing;
using EcsForge.Tests.Datasets;
using Xunit;

namespace EcsForge.Tests.Pipelines;

/// <summary>
/// The envelope an event arrives with (its fields besides the message): a pipeline reads it as <c>original</c> and
/// starts its event from it; for a mapping dataset the router adds the envelope's fields the parser does not set.
/// </summary>
public sealed class EnvelopeTests
{
    private const string Postfix = """{"log":{"syslog":{"appname":"postfix/anvil"},"hostname":"mx1"},"observer":{"vendor":"sender"}}""";

    private static readonly IntakeRouter s_router = new(new[] { EnvelopeDataset.Format });

    [Fact]
    public void A_pipeline_reads_the_envelope_as_original_and_keeps_its_fields()
    {
        var parsed = Parse("statistics: max connection count 10", Postfix);

        Assert.Equal("postfix/anvil", (string?)parsed["event"]!["dataset"]);
        Assert.Equal("postfix/anvil", (string?)parsed["event"]!["provider"]);
        Assert.Equal("""{"hostname":"mx1","syslog":{"appname":"postfix/anvil"}}""", parsed["log"]!.ToJsonString());
    }

    [Fact]
    public void What_the_pipeline_sets_replaces_the_envelope_field()
    {
        var parsed = Parse("anything", Postfix);

        Assert.Equal("""{"vendor":"EcsForge"}""", parsed["observer"]!.ToJsonString());
    }

    [Fact]
    public void Without_an_envelope_original_is_the_message_alone()
    {
        var parsed = Parse("anything", string.Empty);

        Assert.Equal("-", (string?)parsed["event"]!["provider"]);
        Assert.Null(parsed["event"]!["dataset"]);
        Assert.Null(parsed["log"]);
    }

    [Fact]
    public void A_list_with_an_undefined_item_is_not_set_and_a_dataset_array_wraps_a_single_value()
    {
        var email = Parse("anything", Postfix)["email"]!;

        Assert.Null(email["to"]);
        Assert.Equal("""{"address":["jdoe@example.com"]}""", email["from"]!.ToJsonString());
    }

    [Fact]
    public void A_domain_under_no_listed_suffix_keeps_its_subdomain_as_tldextract_splits_it()
    {
        var source = Parse("anything", string.Empty)["source"]!.AsObject();

        Assert.Equal("mx.example", (string?)source["subdomain"]);
        Assert.False(source.ContainsKey("registered_domain"));
        Assert.False(source.ContainsKey("top_level_domain"));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"log\":")]
    [InlineData("{} {}")]
    public void An_envelope_that_is_not_one_JSON_object_fails_the_event_with_a_reason(string envelope)
    {
        var output = new ArrayBufferWriter<byte>();
        var result = s_router.Parse(EnvelopeDataset.Format, "anything"u8, Encoding.UTF8.GetBytes(envelope), output);

        Assert.False(result.Success);
        Assert.Equal(ParseFailure.InvalidEnvelope, result.Failure);
        Assert.Equal(0, output.WrittenCount);
    }

    [Fact]
    public void A_mapping_dataset_keeps_the_envelope_fields_it_does_not_set_and_its_own_values_win()
    {
        var router = new IntakeRouter(EcsForge.Parsers.IntakeFormatRegistry.All);
        Assert.True(router.TryGetFormat("cloudflare-firewall-events", out var firewall));
        const string message = """{"Action":"block","ClientIP":"1.2.3.4","Datetime":"2024-01-17T12:46:21Z","RayID":"abc"}""";

        var plain = ParseWith(router, firewall, message, string.Empty);
        var enveloped = ParseWith(router, firewall, message, """{"log":{"hostname":"relay1"},"event":{"action":"from-envelope","module":"edge"}}""");

        Assert.Equal("relay1", (string?)enveloped["log"]!["hostname"]);
        Assert.Equal("edge", (string?)enveloped["event"]!["module"]);
        Assert.Equal(plain["event"]!["action"]!.ToJsonString(), enveloped["event"]!["action"]!.ToJsonString());
        enveloped.AsObject().Remove("log");
        enveloped["event"]!.AsObject().Remove("module");
        Assert.Equal(plain.ToJsonString(), enveloped.ToJsonString());
    }

    private static JsonNode Parse(string message, string envelope)
        => ParseWith(s_router, EnvelopeDataset.Format, message, envelope);

    private static JsonNode ParseWith(IntakeRouter router, IntakeFormat format, string message, string envelope)
    {
        var output = new ArrayBufferWriter<byte>();
        var result = router.Parse(format, Encoding.UTF8.GetBytes(message), Encoding.UTF8.GetBytes(envelope), output);
        Assert.True(result.Success, result.Reason);
        return JsonNode.Parse(output.WrittenSpan)!;
    }
}
