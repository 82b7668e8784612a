using EcsForge.Mapping;

namespace EcsForge.Tests.Datasets;

/// <summary>
/// A test-only JSON dataset with a pattern that backtracks catastrophically in a naive regex engine
/// (three lazy DATA separated by single characters), to check matching stays linear.
/// </summary>
[IntakeFormat("5d0c8f2e-9a51-4c7e-8f43-2a1b6c3d4e5f", "test-pattern-complexity")]
[Patterns("text", Into = "parts")]
[Pattern("a", "a:%{DATA:x}b%{DATA:y}c%{DATA:z}d")]
[Map("parts.x", "event.reason")]
[Map("parts.y", "event.action")]
[Map("parts.z", "event.outcome")]
public partial class PatternTestDataset
{
}
