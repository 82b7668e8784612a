using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Reading;

/// <summary>An applied attribute with its syntax, to locate diagnostics on the exact argument that caused them.</summary>
internal sealed class AttributeSite
{
    private readonly AttributeSyntax? _syntax;

    public AttributeSite(AttributeData data, CancellationToken cancellationToken)
    {
        Data = data;
        _syntax = data.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
    }

    public AttributeData Data { get; }

    public LocationInfo? Whole => LocationInfo.From(_syntax?.GetLocation());

    /// <summary>The n-th positional argument as written (params elements count individually).</summary>
    public LocationInfo? Positional(int index)
    {
        if (_syntax?.ArgumentList is null)
        {
            return Whole;
        }

        var position = 0;
        foreach (var argument in _syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not null || argument.NameColon is not null)
            {
                continue;
            }

            if (position++ == index)
            {
                return LocationInfo.From(argument.GetLocation());
            }
        }

        return Whole;
    }

    public LocationInfo? Named(string name)
    {
        if (_syntax?.ArgumentList is not null)
        {
            foreach (var argument in _syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return LocationInfo.From(argument.Expression.GetLocation());
                }
            }
        }

        return Whole;
    }

    public string? String(int index)
        => index < Data.ConstructorArguments.Length ? Data.ConstructorArguments[index].Value as string : null;

    public TypedConstant? NamedValue(string name)
    {
        foreach (var pair in Data.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public string? NamedString(string name) => NamedValue(name)?.Value as string;

    /// <summary>
    /// The characters <paramref name="start"/>..+<paramref name="length"/> of a string argument's value, located in the
    /// source literal (escapes accounted for), so a diagnostic points inside the string; the whole argument otherwise.
    /// </summary>
    public LocationInfo? InString(int? positional, string? named, int start, int length)
    {
        var argument = FindArgument(positional, named);
        if (argument?.Expression is not Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal)
        {
            return positional is { } index ? Positional(index) : Named(named!);
        }

        var token = literal.Token;
        var span = StringLiteralSpans.Map(token.Text, start, length);
        var location = Location.Create(token.SyntaxTree!, new Microsoft.CodeAnalysis.Text.TextSpan(token.SpanStart + span.Start, span.Length));
        return LocationInfo.From(location);
    }

    private Microsoft.CodeAnalysis.CSharp.Syntax.AttributeArgumentSyntax? FindArgument(int? positional, string? named)
    {
        if (_syntax?.ArgumentList is null)
        {
            return null;
        }

        var position = 0;
        foreach (var argument in _syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals is not null || argument.NameColon is not null)
            {
                if (named is not null && argument.NameEquals?.Name.Identifier.ValueText == named)
                {
                    return argument;
                }

                continue;
            }

            if (positional is { } index && position++ == index)
            {
                return argument;
            }
        }

        return null;
    }

    public int NamedInt(string name) => NamedValue(name)?.Value is int value ? value : 0;
}
