using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EcsForge.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EcsForge.Tests.CodeFixes;

/// <summary>
/// A code-fix test whose diagnostics come from the EcsForge generator run on the test's sources (no analyzer), compiled
/// against this process's framework and the EcsForge runtime, without downloading reference packages.
/// </summary>
internal sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(s_references);
        // The parser the generator emits is not under test here, only the diagnostics and the fix.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        CompilerDiagnostics = CompilerDiagnostics.None;
    }

    private static readonly MetadataReference[] s_references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Append(typeof(EcsForge.Mapping.IntakeFormatAttribute).Assembly.Location)
        .Distinct()
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(EcsForgeGenerator) };
}
