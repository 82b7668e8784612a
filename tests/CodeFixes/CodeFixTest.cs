using System;
using System.Collections.Generic;
using EcsForge.Generator;
using EcsForge.Tests.Support;
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
        TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        // The parser the generator emits is not under test here, only the diagnostics and the fix.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        CompilerDiagnostics = CompilerDiagnostics.None;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(EcsForgeGenerator) };
}
