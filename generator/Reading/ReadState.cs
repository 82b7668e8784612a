using System.Collections.Generic;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Reading;

/// <summary>What reading one dataset's attributes accumulates: rules, where each target and source is written, diagnostics.</summary>
internal sealed class ReadState
{
    public List<MappingRule> Rules { get; } = new();

    /// <summary>Where each rule of <see cref="Rules"/> (same index) is written, for diagnostics on its arguments.</summary>
    public List<RuleLocation> RuleLocations { get; } = new();

    public List<(string Target, LocationInfo? Location)> Targets { get; } = new();

    public List<(string Path, LocationInfo? Location)> Sources { get; } = new();

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public void AddRule(MappingRule rule, LocationInfo? target, LocationInfo? conversion, params LocationInfo?[] values)
    {
        Rules.Add(rule);
        RuleLocations.Add(new RuleLocation(target, conversion, values));
    }
}

/// <summary>
/// The arguments of a rule's attribute: its target, its conversion, and its written values (a constant, or each
/// translation and then the fallback).
/// </summary>
internal sealed record RuleLocation(LocationInfo? Target, LocationInfo? Conversion, IReadOnlyList<LocationInfo?> Values);
