using System.Buffers;
using System.Linq;
using System.Text.Json.Nodes;
using EcsForge.Host.Conformance;
using EcsForge.Importer;
using EcsForge.Importer.Compilation;
using EcsForge.Routing;
using Xunit;
using static EcsForge.Tests.Importer.ImportedSnippet;

namespace EcsForge.Tests.Importer;

/// <summary>
/// The catalogue's text format stages (<c>kv.parse-kv</c>, <c>cef.parse-cef</c>, <c>leef.parse-leef</c>,
/// <c>dsv.parse-dsv</c>) translated into their attributes, and compiled datasets parsing real catalogue messages.
/// </summary>
public class TextStepImportTests
{
    private static ImportedDataset Translate(string parserYaml)
        => DatasetImporter.Translate("Acme/acme-test", Manifest, parserYaml, null);

    [Fact]
    public void Text_stages_become_their_attributes_with_the_properties_that_differ_from_the_defaults()
    {
        var rules = Rules(Translate("""
            pipeline:
              - name: parsed_event
                external:
                  name: cef.parse-cef
                  properties:
                    input_field: "{{original.message.replace('|FTNTFGT', '|')}}"
                filter: '{{original.message.startswith("CEF")}}'
              - name: parsed_event
                external:
                  name: kv.parse-kv
                  properties:
                    value_sep: "="
                    item_sep: \s
              - name: parsed_kv
                external:
                  name: kv.parse-kv
                  properties:
                    input_field: "{{ parsed_event.message.msg }}"
                    output_field: result
                    value_sep: ":"
                    item_sep: ',\s'
                    raise_errors: false
              - name: parsed_dsv
                external:
                  name: dsv.parse-dsv
                  properties:
                    input_field: original.message
                    output_field: message
                    columnnames:
                      - date
                      - user
                    delimiter: ";"
              - name: parsed_leef
                external:
                  name: leef.parse-leef
              - name: odd
                external:
                  name: kv.parse-kv
                  properties:
                    item_sep: "*,*"
            """));

        Assert.Equal(
            new[]
            {
                """[ParseCef("parsed_event", Input = "{{original.message.replace('|FTNTFGT', '|')}}", When = "{{original.message.startswith(\"CEF\")}}")]""",
                """[ParseKeyValue("parsed_event")]""",
                """[ParseKeyValue("parsed_kv", Input = "{{ parsed_event.message.msg }}", Output = "result", ItemSeparator = ",\\s", ValueSeparator = ":")]""",
                """[ParseDelimited("parsed_dsv", Columns = new[] { "date", "user" }, Delimiter = ";")]""",
                """[ParseLeef("parsed_leef")]""",
                """// not translated: kv.parse-kv separator outside the supported subset: odd: '*,*' (the regular expression construct '*')""",
            },
            rules);
    }

    [Fact]
    public void A_key_value_dataset_parses_a_fortigate_line()
    {
        // Fortinet/fortigate/tests/DNS.STANDARD.json (shortened)
        var dataset = Translate("""
            pipeline:
              - name: parsed_event
                external:
                  name: kv.parse-kv
                  properties:
                    value_sep: "="
                    item_sep: \s
              - name: fields
            stages:
              fields:
                actions:
                  - set:
                      log.hostname: "{{parsed_event.message.devname}}"
                      source.ip: "{{parsed_event.message.srcip}}"
                      source.port: "{{parsed_event.message.srcport}}"
                      event.code: "{{parsed_event.message.logid}}"
            """);

        var output = Parse(dataset, "date=2022-11-09 time=15:51:59 devname=\"my-device\" logid=\"1500054000\" srcip=1.2.3.4 srcport=35305 profile=\"DNS Filtering Normal\"");

        Assert.Empty(EcsJsonComparer.Diff(
            JsonNode.Parse("""{"log":{"hostname":"my-device"},"source":{"ip":"1.2.3.4","address":"1.2.3.4","port":35305},"related":{"ip":["1.2.3.4"]},"event":{"code":"1500054000"}}"""),
            output));
    }

    [Fact]
    public void A_key_value_stage_with_groups_reads_bracketed_groups()
    {
        // Clavister/clavister-ngfw/tests/conn_open.json (shortened): groups: true nests [rules ...] and [conn [conn ...]].
        var dataset = Translate("""
            pipeline:
              - name: parsed_event
                external:
                  name: kv.parse-kv
                  properties:
                    reversed: false
                    groups: true
              - name: fields
            stages:
              fields:
                actions:
                  - set:
                      event.code: "{{parsed_event.message.id}}"
                      rule.name: "{{parsed_event.message.rules.rule}}"
                      source.ip: "{{parsed_event.message.conn.conn.connsrcip}}"
                      source.port: "{{parsed_event.message.conn.conn.connsrcport}}"
            """);

        Assert.Contains("""[ParseKeyValue("parsed_event", Groups = true)]""", Rules(dataset));
        var output = Parse(dataset, "id=600001 event=conn_open [message=Connection opened conndestzone=\"Zone_T0\" ][rules rule=Alw_GRP ]"
            + "[conn [conn conn=Open connsrcip=1.2.3.4 connsrcport=63182 connrecvif=AGG-VLAN_INTRA ]]");

        Assert.Empty(EcsJsonComparer.Diff(
            JsonNode.Parse("""{"event":{"code":"600001"},"rule":{"name":"Alw_GRP"},"source":{"ip":"1.2.3.4","address":"1.2.3.4","port":63182},"related":{"ip":["1.2.3.4"]}}"""),
            output));
    }

    [Fact]
    public void A_cef_dataset_parses_header_and_extension()
    {
        // catalogue/_doc/parser.md, cef.parse-cef example
        var dataset = Translate("""
            pipeline:
              - name: parsed_event
                external:
                  name: cef.parse-cef
              - name: agent
            stages:
              agent:
                actions:
                  - set:
                      event.id: "{{parsed_event.message.DeviceEventClassID}}"
                      event.severity: "{{parsed_event.message.Severity}}"
                      source.ip: "{{parsed_event.message.src}}"
                      source.port: "{{parsed_event.message.spt}}"
                      observer.vendor: "{{parsed_event.message.DeviceVendor}}"
            """);

        var output = Parse(dataset, "CEF:0|Security|threatmanager|1.0|100|worm successfully stopped|10|src=10.0.0.1 dst=2.1.2.2 spt=1232");

        Assert.Empty(EcsJsonComparer.Diff(
            JsonNode.Parse("""{"event":{"id":"100","severity":10},"source":{"ip":"10.0.0.1","address":"10.0.0.1","port":1232},"related":{"ip":["10.0.0.1"]},"observer":{"vendor":"Security"}}"""),
            output));
    }

    private static JsonNode? Parse(ImportedDataset dataset, string message)
    {
        using var compiled = CatalogueCompiler.Compile(new[] { dataset });
        Assert.Empty(compiled.Rejected);
        var router = new IntakeRouter(compiled.Formats);
        var output = new ArrayBufferWriter<byte>();
        var result = router.Parse("acme-test", System.Text.Encoding.UTF8.GetBytes(message), output);
        Assert.True(result.Success, result.Reason);
        var node = JsonNode.Parse(output.WrittenSpan)!.AsObject();
        node.Remove("message");
        return node;
    }
}
