namespace EcsForge.Generator.Model;

public enum ConditionOperator
{
    /// <summary><c>path == literal</c></summary>
    Equal,

    /// <summary><c>path != literal</c></summary>
    NotEqual,

    /// <summary><c>path</c>: present and not empty.</summary>
    HasValue,

    /// <summary><c>!path</c>: missing, null or empty.</summary>
    HasNoValue,

    /// <summary><c>path == []</c>: an empty list.</summary>
    IsEmptyList,

    /// <summary><c>path != []</c>: anything but an empty list (the pipelines' guard before setting a list).</summary>
    IsNotEmptyList,
}

/// <summary>One clause of a <c>When</c> condition; clauses are joined by <c>&amp;&amp;</c>.</summary>
public sealed record ConditionClause(string Path, ConditionOperator Operator, string Literal);
