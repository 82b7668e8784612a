using System;

namespace EcsForge.Generator.Expressions;

/// <summary>A syntax or name error in a template, at an offset of its text: reported as a diagnostic on that character.</summary>
internal sealed class ExpressionError : Exception
{
    public ExpressionError(string message, int start, int length)
        : base(message)
    {
        Start = start;
        Length = Math.Max(length, 1);
    }

    public int Start { get; }

    public int Length { get; }
}
