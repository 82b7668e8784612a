using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;

namespace EcsForge.Generator.UserAgents;

/// <summary>A class carrying <c>[UserAgentRegexes("file")]</c>, as plain data.</summary>
public sealed record UserAgentRegexesTarget(string Namespace, string ClassName, string FileName, bool IsPartial, LocationInfo? ClassLocation, LocationInfo? FileLocation);

/// <summary>An additional file's path and text, compared by value so an unchanged file keeps the output cached.</summary>
public sealed record AdditionalFileText(string Path, string Text);

/// <summary>The compiled ua-parser lists of one class: user agents, operating systems, devices, in file order.</summary>
public sealed record UserAgentRegexesModel(
    string Namespace,
    string ClassName,
    EquatableArray<UapRuleModel> Agents,
    EquatableArray<UapRuleModel> OperatingSystems,
    EquatableArray<UapRuleModel> Devices);

/// <summary>
/// One regex of a list: its source line and text, group count, replacements in the list's order (empty: none), the
/// compiled program, and the clauses every match satisfies (looked for before running the program).
/// </summary>
public sealed record UapRuleModel(
    int Line,
    string Regex,
    int Groups,
    EquatableArray<string> Replacements,
    SearchProgram Program,
    EquatableArray<UapClauseModel> Requirements);

public sealed record UserAgentRegexesResult(UserAgentRegexesModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
