using System.Collections.Immutable;
using System.Composition;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsForge.CodeFixes;

/// <summary>ECSG004: replaces an unknown target field with the field the diagnostic suggests.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceTargetCodeFix)), Shared]
public sealed class ReplaceTargetCodeFix : CodeFixProvider
{
    // The suggestion closes ECSG004's message: "... declared by this dataset: did you mean 'source.ip'?"
    private static readonly Regex s_suggestion = new("did you mean '(?<field>[^']+)'\\?$", RegexOptions.CultureInvariant);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownTarget);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var match = s_suggestion.Match(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression) || !match.Success)
            {
                continue;
            }

            var field = match.Groups["field"].Value;
            var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(field)).WithTriviaFrom(literal);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{field}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))),
                    equivalenceKey: nameof(ReplaceTargetCodeFix) + field),
                diagnostic);
        }
    }
}
