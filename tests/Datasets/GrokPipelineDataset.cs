using EcsForge.Mapping;

namespace EcsForge.Tests.Datasets;

/// <summary>
/// A test-only pipeline dataset with grok stages: a pattern with a custom pattern, a Python named group and a typed
/// capture over the raw message, a pattern with Python's (?i) and a '^', then a case match keyed on one of its captures over another,
/// and a capture name repeated inside its own pattern.
/// </summary>
[IntakeFormat("8a4c2e61-3f0b-4d7e-9c15-2b6e8f1a7d30", "test-grok-pipeline")]
[ParseGrok("grokked", "%{IP:client} took %{INT:duration:int} ms%{TAIL}",
    CustomPatterns = new[] { "TAIL", "(?: user (?P<user>[a-z]+))?(?: from %{HOSTNAME:host})?" })]
[ParseGrok("cased", Key = "{{ grokked.message.user }}", Input = "{{ grokked.message.host }}",
    Cases = new[] { "alice", "%{WORD:first}-%{WORD:second}", "bob", "%{GREEDYDATA:all}", "carol", "%{GREEDYDATA:all}" })]
[ParseGrok("flagged", "(?i)^%{IP:ip} TOOK %{GREEDYDATA}")]
[ParseGrok("repeated", "%{PRE_REASON:reason}(\\s*%{GREEDYDATA:kv})?",
    CustomPatterns = new[] { "PRE_REASON", "(%{NOT_KV_DATA}: %{NOT_KV_DATA:reason},)|(%{NOT_KV_DATA:reason}:)|([a-z]+!)", "NOT_KV_DATA", "[^=]*?" })]
[Stage("values")]
[Set("x.ignore_case", "{{ flagged.message.ip }}")]
[Set("x.reference", "{{ flagged.message.GREEDYDATA }}")]
[Set("x.custom_reference", "{{ grokked.message.TAIL }}")]
[Set("x.client", "{{ grokked.message.client }}")]
[Set("x.duration", "{{ grokked.message.duration }}")]
[Set("x.user", "{{ grokked.message.user }}")]
[Set("x.host_is_none", "{{ grokked.message.host is none }}")]
[Set("x.no_match", "{{ grokked.message is none }}")]
[Set("x.first", "{{ cased.message.first }}")]
[Set("x.second", "{{ cased.message.second }}")]
[Set("x.all", "{{ cased.message.all }}")]
[Set("x.cased", "{{ cased.message is defined }}")]
[Set("x.cased_no_match", "{{ cased.message is none }}")]
[Set("x.reason", "{{ repeated.message.reason }}")]
[CustomField("x.client", FieldType.Object, "test value")]
[CustomField("x.duration", FieldType.Object, "test value")]
[CustomField("x.user", FieldType.Object, "test value")]
[CustomField("x.host_is_none", FieldType.Object, "test value")]
[CustomField("x.no_match", FieldType.Object, "test value")]
[CustomField("x.first", FieldType.Object, "test value")]
[CustomField("x.second", FieldType.Object, "test value")]
[CustomField("x.all", FieldType.Object, "test value")]
[CustomField("x.cased", FieldType.Object, "test value")]
[CustomField("x.cased_no_match", FieldType.Object, "test value")]
[CustomField("x.ignore_case", FieldType.Object, "test value")]
[CustomField("x.reference", FieldType.Object, "test value")]
[CustomField("x.custom_reference", FieldType.Object, "test value")]
[CustomField("x.reason", FieldType.Object, "test value")]
public partial class GrokPipelineDataset
{
}
