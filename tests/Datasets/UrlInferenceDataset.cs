using EcsForge.Mapping;

namespace EcsForge.Tests.Datasets;

/// <summary>
/// A test-only dataset for the <c>url.*</c> parts inferred from <c>url.original</c> (<c>url.path</c> is written by the
/// dataset, so it is not inferred) and the <c>Require.Sha256Length</c> check.
/// </summary>
[IntakeFormat("5d0c7f0e-9a51-4c0e-8b2f-41d9a3f6b7c2", "test-url-inference")]
[Map("url", "url.original")]
[Map("path", "url.path")]
[Map("hash", "file.hash.sha256", Require = Require.Sha256Length)]
public partial class UrlInferenceDataset
{
}
