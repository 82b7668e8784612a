using EcsForge.Mapping;

namespace EcsForge.Tests.Datasets;

/// <summary>
/// A test-only JSON dataset whose fields read the same conversion of one source (computed once per event) next to
/// conversions that only look alike: another delimiter, another fallback, another conversion.
/// </summary>
[IntakeFormat("8c1f0d3a-6b2e-4f71-9a5d-3e4c2b1a0f9e", "test-shared-conversion")]
[Map("code", "event.code", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
[Map("code", "event.action", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
[Map("code", "event.provider", Convert = Conversion.BeforeDelimiter, Delimiter = "-")]
[Map("code", "event.reason", Convert = Conversion.AfterDelimiter, Delimiter = ":")]
[Map("alias", "service.name", Or = "code", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
[Translate("code", "event.outcome", "AB-12", "success", Fallback = "unknown", Convert = Conversion.BeforeDelimiter, Delimiter = ":")]
public partial class SharedConversionDataset
{
}
