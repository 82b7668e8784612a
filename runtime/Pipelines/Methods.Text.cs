using System;

namespace EcsForge.Pipelines;

/// <summary>
/// The methods of the pipeline language (<c>x.name(args)</c>), one per entry of <see cref="Builtins.Methods"/>, with
/// Python's semantics: a method its receiver's type lacks raises (returns <see cref="Value.Error"/>), as does any
/// method on an undefined value, and so does an argument of the wrong type.
/// </summary>
public static partial class Methods
{
    public static Value Lower(ValueArena arena, Value value) => value.IsString ? PythonText.Lower(arena, value) : Raise(value);

    public static Value Upper(ValueArena arena, Value value) => value.IsString ? PythonText.Upper(arena, value) : Raise(value);

    public static Value Capitalize(ValueArena arena, Value value) => value.IsString ? PythonText.Capitalize(arena, value) : Raise(value);

    /// <summary>Python's <c>str.title</c>: a word starts after any uncased character (<c>"they're"</c> gives <c>"They'Re"</c>).</summary>
    public static Value Title(ValueArena arena, Value value) => value.IsString ? PythonText.Title(arena, value, jinja: false) : Raise(value);

    public static Value Strip(ValueArena arena, Value value, Value chars) => StripSides(arena, value, chars, left: true, right: true);

    public static Value LeftStrip(ValueArena arena, Value value, Value chars) => StripSides(arena, value, chars, left: true, right: false);

    public static Value RightStrip(ValueArena arena, Value value, Value chars) => StripSides(arena, value, chars, left: false, right: true);

    /// <summary>Python's <c>str.isdigit</c>: not empty, every character a digit.</summary>
    public static Value IsDigit(ValueArena arena, Value value)
    {
        if (!value.IsString)
        {
            return Raise(value);
        }

        var text = arena.Text(value);
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return Value.False;
            }
        }

        return Value.Bool(!text.IsEmpty);
    }

    /// <summary>Python's <c>str.isalpha</c>: not empty, every character a letter.</summary>
    public static Value IsAlpha(ValueArena arena, Value value)
    {
        if (!value.IsString)
        {
            return Raise(value);
        }

        var text = arena.Text(value);
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return Value.False;
            }
        }

        return Value.Bool(!text.IsEmpty);
    }

    /// <summary>Python's <c>str.startswith(prefix)</c>; the prefix may be a tuple (a list here) of strings.</summary>
    public static Value StartsWith(ValueArena arena, Value value, Value prefix) => Affix(arena, value, prefix, start: true);

    /// <summary>Python's <c>str.endswith(suffix)</c>; the suffix may be a tuple (a list here) of strings.</summary>
    public static Value EndsWith(ValueArena arena, Value value, Value suffix) => Affix(arena, value, suffix, start: false);

    public static Value RemovePrefix(ValueArena arena, Value value, Value prefix)
    {
        if (!value.IsString || !prefix.IsString)
        {
            return Raise(value, prefix);
        }

        return arena.Text(value).StartsWith(arena.Text(prefix), StringComparison.Ordinal)
            ? ValueArena.Slice(value, prefix.Length, value.Length - prefix.Length)
            : value;
    }

    public static Value RemoveSuffix(ValueArena arena, Value value, Value suffix)
    {
        if (!value.IsString || !suffix.IsString)
        {
            return Raise(value, suffix);
        }

        return suffix.Length > 0 && arena.Text(value).EndsWith(arena.Text(suffix), StringComparison.Ordinal)
            ? ValueArena.Slice(value, 0, value.Length - suffix.Length)
            : value;
    }

    /// <summary>Python's <c>str.replace(old, new, count=-1)</c>.</summary>
    public static Value Replace(ValueArena arena, Value value, Value old, Value @new, Value count)
    {
        if (!value.IsString || !old.IsString || !@new.IsString || !(count.IsAbsent || PythonText.IsInteger(count)))
        {
            return Raise(value, old, @new, count);
        }

        return PythonText.Replace(arena, value, old, @new, count.IsAbsent ? -1 : Ops.IntegerOf(count));
    }

    /// <summary>Python's <c>str.find(sub, start)</c>: the first index at or after <c>start</c> (negative from the end), or -1. (Lists have no <c>find</c>.)</summary>
    public static Value Find(ValueArena arena, Value value, Value sub, Value start)
    {
        if (!value.IsString || !sub.IsString || !(start.IsAbsent || start.Kind == ValueKind.None || PythonText.IsInteger(start)))
        {
            return Raise(value, sub, start);
        }

        var from = start.IsAbsent || start.Kind == ValueKind.None ? 0 : Ops.IntegerOf(start);
        if (from < 0)
        {
            from = Math.Max(0, from + value.Length);
        }

        if (from > value.Length)
        {
            return Value.FromInteger(-1);
        }

        var found = arena.Text(value)[(int)from..].IndexOf(arena.Text(sub), StringComparison.Ordinal);
        return Value.FromInteger(found < 0 ? -1 : found + from);
    }

    /// <summary>Python's <c>index</c>: a substring's or a list item's first index; raises when it is not there.</summary>
    public static Value Index(ValueArena arena, Value value, Value sub, Value start)
    {
        if (value.Kind == ValueKind.List && !sub.IsError)
        {
            for (var i = 0; i < arena.Count(value); i++)
            {
                if (Ops.AreEqual(arena, arena.Item(value, i), sub))
                {
                    return Value.FromInteger(i);
                }
            }

            return Value.Error;
        }

        var found = Find(arena, value, sub, start);
        return found.Kind == ValueKind.Integer && found.Integer < 0 ? Value.Error : found;
    }

    /// <summary>Python's <c>count</c>: non-overlapping occurrences of a substring, or a list's items equal to the argument.</summary>
    public static Value Count(ValueArena arena, Value value, Value sub)
    {
        if (value.Kind == ValueKind.List && !sub.IsError)
        {
            var count = 0;
            for (var i = 0; i < arena.Count(value); i++)
            {
                count += Ops.AreEqual(arena, arena.Item(value, i), sub) ? 1 : 0;
            }

            return Value.FromInteger(count);
        }

        if (!value.IsString || !sub.IsString)
        {
            return Raise(value, sub);
        }

        return Value.FromInteger(PythonText.Count(arena.Text(value), arena.Text(sub)));
    }

    /// <summary>Python's <c>sep.join(iterable)</c>: every item must be a string.</summary>
    public static Value Join(ValueArena arena, Value value, Value iterable)
    {
        if (!value.IsString || !Filters.IsIterable(iterable))
        {
            return Raise(value, iterable);
        }

        var count = Filters.IterableCount(arena, iterable);
        for (var i = 0; i < count; i++)
        {
            if (!Filters.IterableItem(arena, iterable, i).IsString)
            {
                return Value.Error;
            }
        }

        var start = arena.BeginString();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                PythonText.AppendSlice(arena, value, 0, value.Length);
            }

            var item = Filters.IterableItem(arena, iterable, i);
            PythonText.AppendSlice(arena, item, 0, item.Length);
        }

        return arena.EndString(start);
    }

    /// <summary>
    /// Python's <c>str.split(sep=None, maxsplit=-1)</c>: without a separator, runs of white space split and empty
    /// strings are dropped (<c>"  a  b ".split()</c> is <c>['a', 'b']</c>); an empty separator raises.
    /// </summary>
    public static Value Split(ValueArena arena, Value value, Value sep, Value maxsplit) => SplitFrom(arena, value, sep, maxsplit, fromRight: false);

    /// <summary>Python's <c>str.rsplit(sep=None, maxsplit=-1)</c>: as <see cref="Split"/>, the splits counted from the right.</summary>
    public static Value RightSplit(ValueArena arena, Value value, Value sep, Value maxsplit) => SplitFrom(arena, value, sep, maxsplit, fromRight: true);

    private static Value SplitFrom(ValueArena arena, in Value value, in Value sep, in Value maxsplit, bool fromRight)
    {
        if (!value.IsString || sep.Kind is not (ValueKind.Absent or ValueKind.None or ValueKind.String)
            || !(maxsplit.IsAbsent || PythonText.IsInteger(maxsplit)) || (sep.IsString && sep.Length == 0))
        {
            return Raise(value, sep, maxsplit);
        }

        var limit = maxsplit.IsAbsent || Ops.IntegerOf(maxsplit) < 0 ? long.MaxValue : Ops.IntegerOf(maxsplit);
        var parts = arena.NewList();
        var text = arena.Text(value);
        if (!sep.IsString)
        {
            // White space: parts are the runs of other characters; past maxsplit, the rest (stripped on its far side) is one part.
            var splits = 0L;
            var i = fromRight ? text.Length - 1 : 0;
            while (fromRight ? i >= 0 : i < text.Length)
            {
                while ((fromRight ? i >= 0 : i < text.Length) && PythonText.IsSpace(text[i]))
                {
                    i += fromRight ? -1 : 1;
                }

                if (fromRight ? i < 0 : i >= text.Length)
                {
                    break;
                }

                var end = i;
                if (splits == limit)
                {
                    // The remainder, keeping its inner white space.
                    AddPart(arena, parts, value, fromRight ? 0 : i, fromRight ? i + 1 : text.Length);
                    break;
                }

                while ((fromRight ? i >= 0 : i < text.Length) && !PythonText.IsSpace(text[i]))
                {
                    i += fromRight ? -1 : 1;
                }

                AddPart(arena, parts, value, fromRight ? i + 1 : end, fromRight ? end + 1 : i);
                splits++;
            }

            return Reversed(arena, parts, fromRight);
        }

        var separator = arena.Text(sep);
        var count = 0L;
        if (!fromRight)
        {
            var from = 0;
            while (count < limit)
            {
                var found = text[from..].IndexOf(separator, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                arena.Append(parts, ValueArena.Slice(value, from, found));
                from += found + separator.Length;
                count++;
            }

            arena.Append(parts, ValueArena.Slice(value, from, text.Length - from));
            return parts;
        }

        var to = text.Length;
        while (count < limit)
        {
            var found = text[..to].LastIndexOf(separator, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            arena.Append(parts, ValueArena.Slice(value, found + separator.Length, to - found - separator.Length));
            to = found;
            count++;
        }

        arena.Append(parts, ValueArena.Slice(value, 0, to));
        return Reversed(arena, parts, fromRight: true);
    }

    private static void AddPart(ValueArena arena, in Value parts, in Value text, int from, int to)
        => arena.Append(parts, ValueArena.Slice(text, from, to - from));

    /// <summary>rsplit collects its parts from the right: put them back in order.</summary>
    private static Value Reversed(ValueArena arena, in Value parts, bool fromRight)
    {
        if (!fromRight)
        {
            return parts;
        }

        var count = arena.Count(parts);
        var ordered = arena.NewList(count);
        for (var i = count - 1; i >= 0; i--)
        {
            arena.Append(ordered, arena.Item(parts, i));
        }

        return ordered;
    }

    private static Value StripSides(ValueArena arena, in Value value, in Value chars, bool left, bool right)
    {
        if (!value.IsString || chars.Kind is not (ValueKind.Absent or ValueKind.None or ValueKind.String))
        {
            return Raise(value, chars);
        }

        return PythonText.Strip(arena, value, chars, left, right);
    }

    private static Value Affix(ValueArena arena, in Value value, in Value affix, bool start)
    {
        if (!value.IsString)
        {
            return Raise(value, affix);
        }

        if (affix.IsString)
        {
            return Value.Bool(HasAffix(arena, value, affix, start));
        }

        if (affix.Kind != ValueKind.List)
        {
            return Raise(affix);
        }

        var found = false;
        for (var i = 0; i < arena.Count(affix); i++)
        {
            var candidate = arena.Item(affix, i);
            if (!candidate.IsString)
            {
                return Value.Error;
            }

            found = found || HasAffix(arena, value, candidate, start);
        }

        return Value.Bool(found);
    }

    private static bool HasAffix(ValueArena arena, in Value value, in Value affix, bool start)
        => start
            ? arena.Text(value).StartsWith(arena.Text(affix), StringComparison.Ordinal)
            : arena.Text(value).EndsWith(arena.Text(affix), StringComparison.Ordinal);

    /// <summary>The error a call raises: an error among the receiver and arguments as is, else a fresh one.</summary>
    private static Value Raise(in Value a) => a.IsError ? a : Value.Error;

    private static Value Raise(in Value a, in Value b) => a.IsError ? a : b.IsError ? b : Value.Error;

    private static Value Raise(in Value a, in Value b, in Value c) => a.IsError ? a : b.IsError ? b : c.IsError ? c : Value.Error;

    private static Value Raise(in Value a, in Value b, in Value c, in Value d) => a.IsError ? a : b.IsError ? b : c.IsError ? c : d.IsError ? d : Value.Error;
}
