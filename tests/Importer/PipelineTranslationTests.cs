using EcsForge.Importer.Translation;
using Xunit;
using static EcsForge.Tests.Importer.ImportedSnippet;

namespace EcsForge.Tests.Importer;

/// <summary>Each construct of parser.yml the importer translates, on a small hand-written pipeline, with the attributes expected.</summary>
public class PipelineTranslationTests
{
    [Fact]
    public void A_set_of_an_input_path_is_a_map()
    {
        var rules = RulesOf("""
            - set:
                user.name: "{{parsed.message.actor.name}}"
                event.action: "{{ parsed.message.action }}"
            """);

        Assert.Equal(new[] { """[Map("actor.name", "user.name")]""", """[Map("action", "event.action")]""" }, rules);
    }

    [Fact]
    public void Texts_integers_booleans_and_lists_are_constants()
    {
        var rules = RulesOf("""
            - set:
                observer.vendor: "Acme"
                observer.product: Acme Gate
                http.response.status_code: 200
                acme.blocked: true
                event.category: ["network", "web"]
                observer.name: ""
                observer.type: null
            """, fields: "acme.blocked:\n  name: acme.blocked\n  type: boolean\n  description: blocked\n");

        Assert.Equal(
            new[]
            {
                """[Constant("observer.vendor", "Acme")]""",
                """[Constant("observer.product", "Acme Gate")]""",
                """[Constant("http.response.status_code", 200L)]""",
                """[Constant("acme.blocked", true)]""",
                """[Constant("event.category", new[] { "network", "web" })]""",
                """[CustomField("acme.blocked", FieldType.Boolean, "blocked")]""",
            },
            rules);
    }

    [Fact]
    public void Text_with_placeholders_is_a_template()
    {
        var rules = RulesOf("""
            - set:
                event.reason: "Blocked by {{parsed.message.rule}} on {{ parsed.message.host.name }}"
            """);

        Assert.Equal(new[] { """[Template("event.reason", "Blocked by {rule} on {host.name}")]""" }, rules);
    }

    [Fact]
    public void Simple_filters_become_when_conditions_joined_with_the_stage_filter()
    {
        var rules = Rules(Import("""
              - name: fields
                filter: "{{parsed.message.kind == 'audit'}}"
            stages:
              fields:
                actions:
                  - set:
                      event.action: "{{parsed.message.action}}"
                    filter: "{{parsed.message.action != null and parsed.message.code != 0}}"
                  - set:
                      event.outcome: "failure"
                    filter: '{{ parsed.message.success == false }}'
                  - set:
                      event.outcome: "unknown"
                    filter: "{{parsed.message.result is none}}"
            """));

        Assert.Equal(
            new[]
            {
                """[Map("action", "event.action", When = "kind == 'audit' && action && code != 0")]""",
                """[Constant("event.outcome", "failure", When = "kind == 'audit' && success == false")]""",
                """[Constant("event.outcome", "unknown", When = "kind == 'audit' && !result")]""",
            },
            rules);
    }

    [Fact]
    public void Translate_reads_an_input_path_or_the_event_field_a_map_set()
    {
        var rules = RulesOf("""
            - set:
                http.response.status_code: "{{parsed.message.status}}"
            - translate:
                dictionary:
                  200: "success"
                  403: "failure"
                mapping:
                  http.response.status_code: event.outcome
                fallback: "unknown"
            - translate:
              dictionary:
                deny: ["denied"]
              mapping:
                parsed.message.decision: event.type
              fallback: ["info"]
              filter: "{{parsed.message.kind == 'web'}}"
            """);

        Assert.Equal(
            new[]
            {
                """[Map("status", "http.response.status_code")]""",
                """[Translate("status", "event.outcome", "200", "success", "403", "failure", Fallback = "unknown")]""",
                """[Translate("decision", "event.type", "deny", "denied", Fallback = "info", When = "kind == 'web'")]""",
            },
            rules);
    }

    [Fact]
    public void A_translate_of_an_event_field_set_by_a_condition_is_not_translated()
    {
        var dataset = Import(Stage("""
            - set:
                http.response.status_code: "{{parsed.message.status}}"
              filter: "{{parsed.message.kind == 'web'}}"
            - translate:
                dictionary:
                  200: "success"
                mapping:
                  http.response.status_code: event.outcome
            """));

        Assert.Equal("translate of an event field not set from one raw path", Assert.Single(dataset.Untranslated).Construct);
    }

    [Fact]
    public void Dates_go_through_the_rfc3339_conversion()
    {
        var rules = Rules(Import("""
              - name: parsed_date
                external:
                  name: date.parse
                  properties:
                    input_field: "{{parsed.message.created}}"
                    output_field: date
              - name: fields
            stages:
              fields:
                actions:
                  - set:
                      "@timestamp": "{{parsed_date.date}}"
                      event.created: "{{parsed.message.created}}"
                      event.start: "{{parsed.message.start | to_rfc3339}}"
            """));

        Assert.Equal(
            new[]
            {
                """[Map("created", "@timestamp", Convert = Conversion.Rfc3339)]""",
                """[Map("created", "event.created", Convert = Conversion.Rfc3339)]""",
                """[Map("start", "event.start", Convert = Conversion.Rfc3339)]""",
            },
            rules);
    }

    [Fact]
    public void Or_picks_the_first_field_with_a_value_and_an_ip_test_requires_an_address()
    {
        var rules = RulesOf("""
            - set:
                user.id: "{{parsed.message.userId or parsed.message.actor.id}}"
                service.name: "{{ parsed.message.service or 'Acme' }}"
            - set:
                source.ip: "{{parsed.message.client}}"
              filter: "{{parsed.message.client | is_ipaddress}}"
            """);

        Assert.Equal(
            new[]
            {
                """[Map("userId", "user.id", Or = "actor.id")]""",
                """[Constant("service.name", "Acme")]""",
                """[Map("service", "service.name")]""",
                """[Map("client", "source.ip", Require = Require.IpAddress)]""",
            },
            rules);
    }

    [Fact]
    public void Fields_yml_types_become_field_types_and_ecs_fields_are_not_redeclared()
    {
        var rules = Rules(Import(Stage("- set:\n    observer.vendor: Acme"), """
            acme.count:
              description: How many
              name: acme.count
              type: long
            acme.ratio:
              description: ''
              name: acme.ratio
              type: float
            acme.seen:
              description: When
              name: acme.seen
              type: date
            acme.tags:
              description: Tags
              name: acme.tags
              type: array
            acme.details:
              description: Details
              name: acme.details
              type: dict
            source.ip:
              description: Redeclared
              name: source.ip
              type: keyword
            """));

        Assert.Equal(
            new[]
            {
                """[Constant("observer.vendor", "Acme")]""",
                """[CustomField("acme.count", FieldType.Long, "How many")]""",
                """[CustomField("acme.ratio", FieldType.Number, "")]""",
                """[CustomField("acme.seen", FieldType.Date, "When")]""",
                """[CustomField("acme.tags", FieldType.Array, "Tags")]""",
                """[CustomField("acme.details", FieldType.Object, "Details")]""",
            },
            rules);
    }

    [Fact]
    public void A_field_outside_ecs_and_fields_yml_is_dropped_as_the_platform_drops_it()
    {
        var dataset = Import(Stage("- set:\n    acme.undeclared: \"{{parsed.message.x}}\""));

        Assert.Equal(
            new[] { "// dropped: 'acme.undeclared' is neither an ECS field nor in fields.yml, and the platform drops such fields" },
            Rules(dataset));
        Assert.Empty(dataset.Untranslated);
    }

    [Fact]
    public void Class_names_are_pascal_case_identifiers()
    {
        Assert.Equal("Format1Password1passwordEpm", EcsForge.Importer.DatasetImporter.ClassNameOf("1Password/1password-epm"));
        Assert.Equal("GoogleCloudGoogleCloudAudit", EcsForge.Importer.DatasetImporter.ClassNameOf("Google Cloud/Google Cloud Audit"));
    }

    [Fact]
    public void The_input_kind_comes_from_the_parsing_stages()
    {
        Assert.Equal(InputKind.Json, InputKinds.Classify(new[] { "json.parse-json", "date.parse" }));
        Assert.Equal(InputKind.SyslogGrok, InputKinds.Classify(new[] { "grok.match", "grok.match" }));
        Assert.Equal(InputKind.Mixed, InputKinds.Classify(new[] { "grok.match", "kv.parse-kv" }));
        Assert.Equal(InputKind.Other, InputKinds.Classify(new[] { "date.parse" }));
    }

    [Fact]
    public void In_and_or_conditions_write_the_rule_once_per_alternative()
    {
        var rules = RulesOf("""
            - set:
                event.action: "{{parsed.message.action}}"
              filter: "{{parsed.message.kind in ['login', 'logout'] and parsed.message.get('user') != None}}"
            - set:
                event.outcome: "failure"
              filter: "{{parsed.message.code == 401 or (parsed.message.code == 403 and parsed.message.kind not in ['probe'])}}"
            """);

        Assert.Equal(
            new[]
            {
                """[Map("action", "event.action", When = "kind == 'login' && user")]""",
                """[Map("action", "event.action", When = "kind == 'logout' && user")]""",
                """[Constant("event.outcome", "failure", When = "code == 401")]""",
                """[Constant("event.outcome", "failure", When = "code == 403 && kind != 'probe'")]""",
            },
            rules);
    }

    [Fact]
    public void A_filtered_date_stage_gives_a_date_only_under_its_filter()
    {
        var rules = Rules(Import("""
              - name: parsed_date
                filter: "{{parsed.message.created != null}}"
                external:
                  name: date.parse
                  properties:
                    input_field: "{{parsed.message.created}}"
                    output_field: date
                    format: null
                    timezone: UTC
              - name: fields
            stages:
              fields:
                actions:
                  - set:
                      "@timestamp": "{{parsed_date.date}}"
            """));

        Assert.Equal(new[] { """[Map("created", "@timestamp", Convert = Conversion.Rfc3339, When = "created")]""" }, rules);
    }

    [Fact]
    public void Platform_taxonomy_fields_are_declared_when_written()
    {
        var rules = RulesOf("""
            - set:
                action.name: "{{parsed.message.operation}}"
                action.id: "{{parsed.message.operation_id}}"
            """);

        Assert.Equal(
            new[]
            {
                """[Map("operation", "action.name")]""",
                """[Map("operation_id", "action.id")]""",
                """[CustomField("action.name", FieldType.Keyword, "platform taxonomy")]""",
                """[CustomField("action.id", FieldType.Long, "platform taxonomy")]""",
            },
            rules);
    }
}
