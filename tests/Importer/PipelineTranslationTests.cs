using Xunit;
using static EcsForge.Tests.Importer.ImportedSnippet;

namespace EcsForge.Tests.Importer;

/// <summary>Each construct of parser.yml the importer translates, on a small hand-written pipeline, with the attributes expected.</summary>
public class PipelineTranslationTests
{
    [Fact]
    public void The_json_stage_and_a_custom_stage_become_parse_json_and_stage()
    {
        var rules = RulesOf("""
            - set:
                user.name: "{{parsed.message.actor.name}}"
            """);

        Assert.Equal(new[] { """[ParseJson("parsed")]""", """[Stage("fields")]""", """[Set("user.name", "{{parsed.message.actor.name}}")]""" }, rules);
    }

    [Fact]
    public void Templates_and_filters_are_kept_as_written()
    {
        var rules = RulesOf("""
            - set:
                event.reason: "Blocked by {{parsed.message.rule | upper}} on {{ parsed.message.host.name }}"
              filter: "{{ parsed.message.kind == 'web' and parsed.message.code != 0 }}"
            """);

        Assert.Equal(
            """[Set("event.reason", "Blocked by {{parsed.message.rule | upper}} on {{ parsed.message.host.name }}", When = "{{ parsed.message.kind == 'web' and parsed.message.code != 0 }}")]""",
            rules[^1]);
    }

    [Fact]
    public void Integers_booleans_floats_lists_and_maps_keep_their_type()
    {
        var rules = RulesOf("""
            - set:
                http.response.status_code: 200
                acme.blocked: true
                acme.ratio: 0.5
                event.category: ["network", "{{ parsed.message.kind }}"]
                acme.details: {name: "{{ parsed.message.name }}", count: 2}
                observer.type: null
            """, fields: "acme.blocked:\n  name: acme.blocked\n  type: boolean\n  description: blocked\n"
                + "acme.ratio:\n  name: acme.ratio\n  type: float\n  description: ratio\n"
                + "acme.details:\n  name: acme.details\n  type: object\n  description: details\n");

        Assert.Equal(
            new[]
            {
                """[Set("http.response.status_code", 200L)]""",
                """[Set("acme.blocked", true)]""",
                """[Set("acme.ratio", 0.5d)]""",
                """[Set("event.category", "{{ ['network', (parsed.message.kind)] }}")]""",
                """[Set("acme.details", "{{ {'name': (parsed.message.name), 'count': 2} }}")]""",
            },
            rules[2..7]);
    }

    [Fact]
    public void A_translate_is_a_dictionary_lookup_of_the_source_as_text_with_its_fallback()
    {
        var rules = RulesOf("""
            - translate:
                dictionary:
                  200: "success"
                  403: ["failure"]
                mapping:
                  http.response.status_code: event.outcome
                  parsed.message.decision: event.type
                  final.http.request.method: event.action
                fallback: "unknown"
            """);

        Assert.Equal(
            new[]
            {
                """[Set("event.outcome", "{{ {'200': 'success', '403': ['failure']}.get(final.http.response.status_code | string, 'unknown') }}")]""",
                """[Set("event.type", "{{ {'200': 'success', '403': ['failure']}.get(parsed.message.decision | string, 'unknown') }}")]""",
                // WatchGuard/watchguard-epdr: a source already named final.x is read as written.
                """[Set("event.action", "{{ {'200': 'success', '403': ['failure']}.get(final.http.request.method | string, 'unknown') }}")]""",
            },
            rules[2..]);
    }

    [Fact]
    public void Delete_ignored_values_and_date_stages_are_translated()
    {
        var dataset = EcsForge.Importer.DatasetImporter.Translate("Acme/acme-test", Manifest, """
            ignored_values: ["-", "N/A"]
            pipeline:
              - name: parsed
                external:
                  name: json.parse-json
              - name: parsed_date
                external:
                  name: date.parse
                  properties:
                    input_field: "{{parsed.message.time}}"
                    output_field: date
                    format: "%d/%m/%Y %H:%M"
                    timezone: Europe/Paris
              - name: fields
            stages:
              fields:
                actions:
                  - set:
                      "@timestamp": "{{parsed_date.date}}"
                  - delete:
                      - "@timestamp"
                    filter: "{{ parsed.message.kind == 'heartbeat' }}"
            """, null);

        Assert.Equal(
            new[]
            {
                """[IgnoredValues("-", "N/A")]""",
                """[ParseJson("parsed")]""",
                """[ParseDate("parsed_date", "{{parsed.message.time}}", Output = "date", Format = "%d/%m/%Y %H:%M", Timezone = "Europe/Paris")]""",
                """[Stage("fields")]""",
                """[Set("@timestamp", "{{parsed_date.date}}")]""",
                """[Delete("@timestamp", When = "{{ parsed.message.kind == 'heartbeat' }}")]""",
            },
            Rules(dataset));
    }

    [Fact]
    public void A_set_action_whose_filter_reads_a_field_it_sets_becomes_a_stage_of_its_own_and_the_stage_goes_on_after_it()
    {
        var dataset = Import("""
              - name: fields
                filter: "{{parsed.message.kind == 'auth'}}"
            stages:
              fields:
                actions:
                  - set:
                      user.name: "{{parsed.message.SubjectUserName}}"
                      user.domain: "{{parsed.message.SubjectDomainName}}"
                    filter: "{{final.user.name == null}}"
                  - set:
                      user.id: "{{parsed.message.UserID}}"
            """);

        Assert.Equal(
            new[]
            {
                """[ParseJson("parsed")]""",
                """[Stage("fields", When = "{{parsed.message.kind == 'auth'}}")]""",
                """[Stage("fields", When = "{{ (parsed.message.kind == 'auth') and (final.user.name == null) }}")]""",
                """[Set("user.name", "{{parsed.message.SubjectUserName}}")]""",
                """[Set("user.domain", "{{parsed.message.SubjectDomainName}}")]""",
                """[Stage("fields", When = "{{parsed.message.kind == 'auth'}}")]""",
                """[Set("user.id", "{{parsed.message.UserID}}")]""",
            },
            Rules(dataset));
    }

    [Fact]
    public void A_field_unknown_to_ecs_and_fields_yml_is_dropped_as_the_platform_drops_it()
    {
        var rules = RulesOf("""
            - set:
                acme.unknown: "{{parsed.message.x}}"
            """);

        Assert.StartsWith("// dropped: 'acme.unknown'", rules[^1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_ECS_field_redeclared_as_an_array_is_kept_so_a_single_value_is_written_as_a_list_and_keywords_is_a_keyword()
    {
        const string fields = "email.to.address:\n  name: email.to.address\n  type: array\n  description: ''\n"
            + "email.subject:\n  name: email.subject\n  type: keyword\n  description: ''\n"
            + "acme.action:\n  name: acme.action\n  type: keywords\n  description: ''\n";
        var rules = RulesOf("""
            - set:
                email.to.address: "{{parsed.message.to}}"
            """, fields);

        Assert.Contains("[CustomField(\"email.to.address\", FieldType.Array, \"\")]", rules);
        Assert.DoesNotContain(rules, rule => rule.Contains("\"email.subject\"", System.StringComparison.Ordinal));
        // RSA SecurID's misspelt "keywords" is a keyword: its single values are not wrapped.
        Assert.Contains("[CustomField(\"acme.action\", FieldType.Keyword, \"\")]", rules);
    }

    [Fact]
    public void A_template_the_platform_cannot_parse_is_left_out_with_its_reason()
    {
        var dataset = Import(Stage("""
            - set:
                event.duration: "{{(parsed.message.duration * 1000}}"
                event.action: "{{parsed.message.action}}"
            """));

        Assert.Contains("// left out: set event.duration never applies on the platform, its template does not parse", dataset.Source, System.StringComparison.Ordinal);
        Assert.Contains("""[Set("event.action", "{{parsed.message.action}}")]""", dataset.Source, System.StringComparison.Ordinal);
        Assert.Empty(dataset.Untranslated);
    }
}
