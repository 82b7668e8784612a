using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsForge.CodeFixes;

/// <summary>
/// ECSG007, where a fix is certain: a key left without its translation gets one (the key itself, to be edited), and a
/// key given twice loses its second pair. Tables with no entries or mixed with <c>Table =</c> are left to the user.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CompleteTranslationCodeFix)), Shared]
public sealed class CompleteTranslationCodeFix : CodeFixProvider
{
    /// <summary>Arguments before the pairs: the source path and the target field.</summary>
    private const int LeadingArguments = 2;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InvalidTranslation);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var attribute = root?.FindNode(context.Span).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
        if (root is null || attribute?.ArgumentList is null)
        {
            return;
        }

        var arguments = attribute.ArgumentList.Arguments;
        var pairs = arguments.Skip(LeadingArguments).TakeWhile(argument => argument.NameEquals is null).ToList();
        if (pairs.Count == 0 || pairs.Any(argument => argument.Expression is not LiteralExpressionSyntax))
        {
            return;
        }

        var fixedPairs = pairs.Count % 2 != 0 ? CompletePairs(pairs) : WithoutRepeatedKeys(pairs);
        if (fixedPairs is null)
        {
            return;
        }

        var newArguments = arguments.Take(LeadingArguments).Concat(fixedPairs).Concat(arguments.Skip(LeadingArguments + pairs.Count));
        var newList = attribute.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(newArguments));
        var title = pairs.Count % 2 != 0 ? "Give the last key a translation" : "Remove the repeated key";
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(attribute.ArgumentList, newList))),
                equivalenceKey: title),
            context.Diagnostics);
    }

    private static System.Collections.Generic.List<AttributeArgumentSyntax> CompletePairs(System.Collections.Generic.List<AttributeArgumentSyntax> pairs)
    {
        var lastKey = pairs[pairs.Count - 1];
        return pairs.Concat(new[] { lastKey.WithoutTrivia() }).ToList();
    }

    private static System.Collections.Generic.List<AttributeArgumentSyntax>? WithoutRepeatedKeys(System.Collections.Generic.List<AttributeArgumentSyntax> pairs)
    {
        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        var kept = new System.Collections.Generic.List<AttributeArgumentSyntax>();
        for (var i = 0; i + 1 < pairs.Count; i += 2)
        {
            if (seen.Add(((LiteralExpressionSyntax)pairs[i].Expression).Token.ValueText))
            {
                kept.Add(pairs[i]);
                kept.Add(pairs[i + 1]);
            }
        }

        return kept.Count == pairs.Count ? null : kept;
    }
}
