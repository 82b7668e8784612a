using System;
using System.Collections.Generic;
using System.Linq;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits the dispatch of UTF-8 text on a set of constant names: a switch on the byte length, then one comparison per name
/// of that length. Most texts are rejected by their length alone, without hashing or comparing bytes.
/// </summary>
internal static class LengthSwitch
{
    /// <summary>
    /// Emits <c>switch (text.Length)</c> with, for each case, <paramref name="onMatch"/> under the comparison of
    /// <paramref name="text"/> with the case's name; a text matching no name falls out of the switch.
    /// </summary>
    /// <param name="equals">The comparison, from the UTF-8 literal of a name; <c>SequenceEqual</c> when null.</param>
    public static void Emit<T>(SourceWriter writer, string text, IEnumerable<T> cases, Func<T, string> name, Action<T> onMatch, Func<string, string>? equals = null)
    {
        equals ??= literal => $"{Types.MemoryExtensions}.SequenceEqual({text}, {literal})";
        writer.Open($"switch ({text}.Length)");
        foreach (var group in cases.GroupBy(item => CSharp.Utf8Length(name(item))).OrderBy(group => group.Key))
        {
            // The statements go under the label, without a block: each match has its own under its if.
            writer.Line($"case {group.Key}:");
            writer.Indent();
            foreach (var item in group)
            {
                writer.Open($"if ({equals(CSharp.Utf8(name(item)))})");
                onMatch(item);
                writer.Close();
            }

            writer.Line("break;");
            writer.Unindent();
        }

        writer.Close();
    }
}
