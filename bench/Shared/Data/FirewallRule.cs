using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>A rule of a zone that firewall events report as matched: the product that owns it and its identity.</summary>
/// <param name="Metadata">The small key/value object Logpush puts in <c>Metadata</c>; may be empty.</param>
internal sealed record FirewallRule(
    JsonEncodedText Source,
    JsonEncodedText RuleId,
    JsonEncodedText Description,
    JsonEncodedText Reference,
    (JsonEncodedText Key, JsonEncodedText Value)[] Metadata);
