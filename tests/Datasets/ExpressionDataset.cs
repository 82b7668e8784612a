using EcsForge.Mapping;

namespace EcsForge.Tests.Datasets;

/// <summary>
/// A test-only pipeline dataset: one <c>[Set]</c> per construct of the expression language, each into its own
/// untyped field (<c>x.*</c>, declared as objects so the value keeps its Python type), over one parsed message.
/// </summary>
[IntakeFormat("5d1f0c2a-7b3e-4c6d-9e8f-1a2b3c4d5e6f", "test-expressions")]
[ParseJson("parsed")]
[Stage("values")]
[Set("x.path", "{{ parsed.message.user.name }}")]
[Set("x.get_default", "{{ parsed.message.get('missing', 'fallback') }}")]
[Set("x.index_negative", "{{ parsed.message.letters[-1] }}")]
[Set("x.index_out_of_range", "{{ parsed.message.letters[10] or 'none there' }}")]
[Set("x.slice", "{{ parsed.message.text[1:4] }}")]
[Set("x.slice_step", "{{ parsed.message.letters[::-1] }}")]
[Set("x.split_whitespace", "{{ parsed.message.spaced.split() }}")]
[Set("x.split_port", "{{ parsed.message.addr.split(':')[1] | int }}")]
[Set("x.int_of_float_text", "{{ '3.0' | int }}")]
[Set("x.int_of_word", "{{ 'abc' | int }}")]
[Set("x.or_empty", "{{ '' or 'x' }}")]
[Set("x.and_short", "{{ parsed.message.zero and parsed.message.missing.deeper }}")]
[Set("x.conditional", "{{ 'big' if parsed.message.count > 10 else 'small' }}")]
[Set("x.in_list", "{{ 'b' in parsed.message.letters }}")]
[Set("x.not_in_text", "{{ 'zz' not in parsed.message.text }}")]
[Set("x.chain", "{{ 1 < parsed.message.count <= 42 }}")]
[Set("x.arithmetic", "{{ parsed.message.count // 5 * 2 + 7 % 3 - 2 ** 3 }}")]
[Set("x.division", "{{ 7 / 2 }}")]
[Set("x.concat", "{{ parsed.message.user.name ~ '@' ~ parsed.message.count }}")]
[Set("x.dict_lookup", "{{ {'a': 'alpha', 'b': 'beta'}.get(parsed.message.letter) }}")]
[Set("x.filters", "{{ parsed.message.user.name | upper | replace('AL', 'a') }}")]
[Set("x.length", "{{ parsed.message.letters | length }}")]
[Set("x.text_around", "user {{ parsed.message.user.name }} did {{ parsed.message.count }}")]
[Set("x.native_number", "{{ parsed.message.numeric_text }}")]
[Set("x.native_list", "[{{ parsed.message.count }}, 2]")]
[Set("x.test_defined", "{{ parsed.message.missing is defined }}")]
[Set("x.loop", "{% set found = [] %}{% for item in parsed.message.letters %}{% if item != 'b' %}{% set _ = found.append(item | upper) %}{% endif %}{% endfor %}{{ found }}")]
[Set("x.loop_scope", "{% set last = 'none' %}{% for item in parsed.message.letters %}{% set last = item %}{% endfor %}{{ last }}")]
[Set("x.loop_index", "{% for item in parsed.message.letters %}{{ loop.index }}{% if not loop.last %}-{% endif %}{% endfor %}")]
[Set("x.items", "{% for key, value in parsed.message.user.items() %}{{ key }}={{ value }};{% endfor %}")]
[Set("x.final_read", "{{ final.x.path | lower }}")]
[Set("x.when_false", "never", When = "{{ parsed.message.count > 100 }}")]
[Set("x.when_true", "always", When = "{{ parsed.message.count < 100 }}")]
[Set("x.constant_long", 42L)]
[Set("x.constant_bool", true)]
[Set("x.deleted", "soon gone")]
[Delete("x.deleted")]
[Set("x.error_skips", "{{ parsed.message.text + 1 }}")]
[Set("x.overridden", "first")]
[Set("x.overridden", "{{ parsed.message.missing }}")]
[Stage("skipped", When = "{{ parsed.message.count == 0 }}")]
[Set("x.in_skipped_stage", "set")]
[CustomField("x", FieldType.Object, "Values of the expression tests")]
public partial class ExpressionDataset
{
}
