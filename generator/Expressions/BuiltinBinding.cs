using System.Collections.Generic;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Expressions;

/// <summary>Finds a filter, method or test in the shared table and binds a call's arguments to its parameters.</summary>
internal static class BuiltinBinding
{
    public static Builtin? Find(Builtin[] table, string name)
    {
        foreach (var builtin in table)
        {
            if (builtin.Name == name)
            {
                return builtin;
            }
        }

        return null;
    }

    /// <summary>One expression (or null: not given) per parameter; an error message when the arguments do not fit.</summary>
    public static Expr?[] Bind(Builtin builtin, Arguments arguments, string kind, out string? error)
    {
        error = null;
        var bound = new Expr?[builtin.Parameters.Length];
        if (arguments.Positional.Count > bound.Length)
        {
            error = $"the {kind} '{builtin.Name}' takes at most {bound.Length} argument(s), not {arguments.Positional.Count}";
            return bound;
        }

        for (var i = 0; i < arguments.Positional.Count; i++)
        {
            bound[i] = arguments.Positional[i];
        }

        foreach (var keyword in arguments.Keywords)
        {
            var index = System.Array.IndexOf(builtin.Parameters, keyword.Key);
            if (index < 0)
            {
                error = $"the {kind} '{builtin.Name}' has no parameter '{keyword.Key}'" + Parameters(builtin);
                return bound;
            }

            bound[index] = keyword.Value;
        }

        for (var i = 0; i < builtin.Required; i++)
        {
            if (bound[i] is null)
            {
                error = $"the {kind} '{builtin.Name}' needs its '{builtin.Parameters[i]}' argument";
                return bound;
            }
        }

        return bound;
    }

    public static string Names(Builtin[] table)
    {
        var names = new List<string>();
        foreach (var builtin in table)
        {
            names.Add(builtin.Name);
        }

        return string.Join(", ", names);
    }

    private static string Parameters(Builtin builtin)
        => builtin.Parameters.Length == 0 ? ": it takes none" : " (it takes " + string.Join(", ", builtin.Parameters) + ")";
}
