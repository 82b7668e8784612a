using System.Collections.Generic;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Reading;

/// <summary>What reading one dataset's attributes accumulates: rules, where each target and source is written, diagnostics.</summary>
internal sealed class ReadState
{
    public List<MappingRule> Rules { get; } = new();

    public List<(string Target, LocationInfo? Location)> Targets { get; } = new();

    public List<(string Path, LocationInfo? Location)> Sources { get; } = new();

    public List<DiagnosticInfo> Diagnostics { get; } = new();
}
