namespace EcsForge.Generator.Model;

public enum PatternOp
{
    /// <summary>Match <c>Text</c> (UTF-8) at the position.</summary>
    Literal,

    /// <summary>Match any character but a newline.</summary>
    Any,

    /// <summary>Match one character of the ASCII ranges in <c>Text</c> (pairs of low/high characters), or outside them when negated.</summary>
    Class,

    /// <summary>Continue at <c>Target</c>, keeping <c>Alternative</c> for backtracking; memoized as branch <c>Memo</c>.</summary>
    Split,

    Jump,

    /// <summary>Record the position in capture slot <c>Target</c>.</summary>
    Save,

    /// <summary>Match the grok token named by <c>Text</c>; memoized as branch <c>Memo</c>.</summary>
    Token,

    /// <summary>Match only at the end of the text.</summary>
    End,

    Match,
}

/// <summary>One instruction of a compiled pattern program.</summary>
public sealed record PatternInstruction(PatternOp Op, string Text, int Target, int Alternative, int Memo, bool Negated);

/// <summary>A grok pattern compiled at build time, with the names of its captures in slot order.</summary>
public sealed record PatternModel(string Key, string Source, EquatableArray<PatternInstruction> Program, EquatableArray<string> Captures, int Branches);

/// <summary>The dataset's <c>[Patterns]</c>: the raw field matched, how its key is cut, and the compiled patterns.</summary>
public sealed record PatternSetModel(string Input, string Into, string KeyDelimiter, EquatableArray<PatternModel> Patterns);
