using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using EcsForge.Host.Conformance;
using EcsForge.Importer.Compilation;
using EcsForge.Routing;
using Xunit;
using static EcsForge.Tests.Importer.ImportedSnippet;

namespace EcsForge.Tests.Importer;

/// <summary>Imported datasets compiled in memory with the generator: they parse, and a broken one costs only itself.</summary>
public class CatalogueCompilerTests
{
    [Fact]
    public void An_imported_dataset_parses_messages_as_its_pipeline_says()
    {
        var dataset = Import(Stage("""
            - set:
                observer.vendor: "Acme"
                event.category: ["network"]
                event.action: "{{parsed.message.action}}"
                http.response.status_code: "{{parsed.message.status}}"
            - set:
                event.outcome: "failure"
              filter: "{{parsed.message.status != 200}}"
            - translate:
                dictionary:
                  200: "success"
                mapping:
                  http.response.status_code: event.outcome
            """));

        using var compiled = CatalogueCompiler.Compile(new[] { dataset });
        var router = new IntakeRouter(compiled.Formats);
        var output = new ArrayBufferWriter<byte>();
        var result = router.Parse("acme-test", """{"action":"get","status":"403"}"""u8, output);

        Assert.True(result.Success, result.Reason);
        var expected = JsonNode.Parse("""
            {"event":{"action":"get","category":["network"],"outcome":"failure"},"http":{"response":{"status_code":403}},"observer":{"vendor":"Acme"}}
            """);
        Assert.Empty(EcsJsonComparer.Diff(expected, JsonNode.Parse(output.WrittenSpan)));
    }

    [Fact]
    public void The_taxonomy_object_set_whole_keeps_only_the_fields_below_it_that_fields_yml_declares_typed_as_declared()
    {
        // Windows/windows Event_2500: action.properties is {{json.event}}, and only its declared members survive.
        var dataset = Import(
            Stage("- set:\n    action.properties: \"{{parsed.message}}\""),
            fields: """
                action.properties.Keywords:
                  name: action.properties.Keywords
                  type: keyword
                action.properties.Task:
                  name: action.properties.Task
                  type: number
                """);

        using var compiled = CatalogueCompiler.Compile(new[] { dataset });
        var router = new IntakeRouter(compiled.Formats);
        var output = new ArrayBufferWriter<byte>();
        var result = router.Parse("acme-test", """{"Keywords":4611686018427387904,"Task":0,"Channel":"Microsoft-Windows-Hyper-V-Compute-Operational","EventID":2500}"""u8, output);

        Assert.True(result.Success, result.Reason);
        var expected = JsonNode.Parse("""{"action":{"properties":{"Keywords":"4611686018427387904","Task":0}}}""");
        Assert.Empty(EcsJsonComparer.Diff(expected, JsonNode.Parse(output.WrittenSpan)));
    }

    [Fact]
    public void A_set_action_whose_filter_reads_a_field_it_sets_sets_all_its_fields_when_the_filter_held_before_it()
    {
        // Windows/windows Event_4616: user.name and user.domain under "final.user.name == null".
        var dataset = Import(Stage("""
            - set:
                user.name: "{{parsed.message.User}}"
            - set:
                user.name: "{{parsed.message.SubjectUserName}}"
                user.domain: "{{parsed.message.SubjectDomainName}}"
              filter: "{{final.user == null or final.user.name == null }}"
            - set:
                user.id: "{{parsed.message.UserID}}"
            """));

        using var compiled = CatalogueCompiler.Compile(new[] { dataset });
        var router = new IntakeRouter(compiled.Formats);
        var output = new ArrayBufferWriter<byte>();
        var result = router.Parse("acme-test", """{"Hostname":"example.com","SubjectUserName":"user1","SubjectDomainName":"example.com","UserID":"S-1-5-18"}"""u8, output);

        Assert.True(result.Success, result.Reason);
        var expected = JsonNode.Parse("""{"related":{"user":["user1"]},"user":{"domain":"example.com","id":"S-1-5-18","name":"user1"}}""");
        Assert.Empty(EcsJsonComparer.Diff(expected, JsonNode.Parse(output.WrittenSpan)));
    }

    [Fact]
    public void A_dataset_that_does_not_compile_is_rejected_with_its_diagnostic_and_the_others_still_compile()
    {
        var good = Import(Stage("- set:\n    event.action: \"{{parsed.message.action}}\""));
        var broken = Import(
            Stage("- set:\n    http.response.status_code: \"not a number\""),
            name: "Acme/acme-broken",
            manifest: "uuid: 0f9d8c7b-6a5e-4d3c-8b2a-19f8e7d6c5b4\nslug: acme-broken\nname: Acme broken\n");

        using var compiled = CatalogueCompiler.Compile(new[] { good, broken });

        Assert.Equal(new[] { "acme-test" }, compiled.Formats.Select(f => f.Slug));
        Assert.Contains("ECSG032", compiled.Rejected["Acme/acme-broken"], System.StringComparison.Ordinal);
    }
}
