using System;

namespace EcsForge.Pipelines;

public static partial class Filters
{
    /// <summary>
    /// Jinja's <c>map</c>. <c>map(attribute='a.b', default=x)</c> takes each item's attribute (a dotted path, digits as
    /// list indices), <c>default</c> for the missing ones; <c>map('lower')</c> applies a filter to each item: the table
    /// names the first parameter <c>attribute</c>, so a string naming a filter of <see cref="Builtins.Filters"/> is
    /// taken as one (Jinja's positional form), anything else as an attribute.
    /// </summary>
    public static Value Map(ValueArena arena, Value value, Value attribute, Value @default)
    {
        if (FirstError(value, attribute, @default) is { IsError: true } error)
        {
            return error;
        }

        if (!IsIterable(value) || attribute.Kind != ValueKind.String)
        {
            return Value.Error;
        }

        var filter = @default.IsAbsent ? FilterNamed(arena.Text(attribute)) : null;
        var count = IterableCount(arena, value);
        var list = arena.NewList(count);
        for (var i = 0; i < count; i++)
        {
            var item = IterableItem(arena, value, i);
            var mapped = filter is null ? GetAttribute(arena, item, attribute, @default) : ApplyFilter(arena, filter, item);
            if (mapped.IsError)
            {
                return mapped;
            }

            arena.Append(list, mapped);
        }

        return list;
    }

    /// <summary>Jinja's <c>select(test, argument)</c>: the items passing the test (truthy ones without a test).</summary>
    public static Value Select(ValueArena arena, Value value, Value test, Value argument)
        => Filter(arena, value, Value.Absent, test, argument, keep: true);

    /// <summary>Jinja's <c>reject(test, argument)</c>: the items failing the test (falsy ones without a test).</summary>
    public static Value Reject(ValueArena arena, Value value, Value test, Value argument)
        => Filter(arena, value, Value.Absent, test, argument, keep: false);

    /// <summary>Jinja's <c>selectattr(attribute, test, argument)</c>: the items whose attribute passes the test.</summary>
    public static Value SelectAttribute(ValueArena arena, Value value, Value attribute, Value test, Value argument)
        => attribute.IsError ? attribute : attribute.Kind != ValueKind.String ? Value.Error : Filter(arena, value, attribute, test, argument, keep: true);

    /// <summary>Jinja's <c>rejectattr(attribute, test, argument)</c>: the items whose attribute fails the test.</summary>
    public static Value RejectAttribute(ValueArena arena, Value value, Value attribute, Value test, Value argument)
        => attribute.IsError ? attribute : attribute.Kind != ValueKind.String ? Value.Error : Filter(arena, value, attribute, test, argument, keep: false);

    private static Value Filter(ValueArena arena, in Value value, in Value attribute, in Value test, in Value argument, bool keep)
    {
        if (FirstError(value, test, argument) is { IsError: true } error)
        {
            return error;
        }

        if (!IsIterable(value) || test.Kind is not (ValueKind.Absent or ValueKind.String))
        {
            return Value.Error;
        }

        var count = IterableCount(arena, value);
        var list = arena.NewList(count);
        for (var i = 0; i < count; i++)
        {
            var item = IterableItem(arena, value, i);
            var subject = attribute.IsAbsent ? item : GetAttribute(arena, item, attribute, Value.Absent);
            var passed = subject.IsError ? subject : Tests.ByName(arena, test, subject, argument);
            if (passed.IsError)
            {
                return passed;
            }

            if ((passed.Kind == ValueKind.True) == keep)
            {
                arena.Append(list, item);
            }
        }

        return list;
    }

    /// <summary>
    /// Jinja's attribute getter: each dot-separated part of <paramref name="attribute"/> looked up as a key (or as a
    /// list index when it is digits); <paramref name="default"/> when the result is undefined and a default is given.
    /// </summary>
    internal static Value GetAttribute(ValueArena arena, in Value item, in Value attribute, in Value @default)
    {
        if (attribute.Kind is ValueKind.Integer or ValueKind.True or ValueKind.False)
        {
            var indexed = Ops.Item(arena, item, attribute);
            return indexed.IsAbsent && !@default.IsAbsent ? @default : indexed;
        }

        if (attribute.Kind != ValueKind.String)
        {
            return Value.Error;
        }

        var current = item;
        var start = 0;
        while (true)
        {
            var rest = arena.Text(attribute)[start..];
            var dot = rest.IndexOf('.');
            var length = dot < 0 ? rest.Length : dot;
            var part = rest[..length];
            var key = IsDigits(part) && long.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                ? Value.FromInteger(index)
                : ValueArena.Slice(attribute, start, length);
            current = Ops.Item(arena, current, key);
            if (current.IsError || current.IsAbsent || dot < 0)
            {
                break;
            }

            start += length + 1;
        }

        return current.IsAbsent && !@default.IsAbsent ? @default : current;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The table entry of a filter that takes no required argument, for <c>map('name')</c>; null when there is none.</summary>
    private static Builtin? FilterNamed(ReadOnlySpan<char> name)
    {
        foreach (var filter in Builtins.Filters)
        {
            if (filter.Required == 0 && name.SequenceEqual(filter.Name.AsSpan()))
            {
                return filter;
            }
        }

        return null;
    }

    /// <summary>Applies a filter of the table with none of its optional arguments.</summary>
    private static Value ApplyFilter(ValueArena arena, Builtin filter, in Value item)
    {
        var none = Value.Absent;
        return filter.Method switch
        {
            "Abs" => Abs(arena, item),
            "Basename" => Basename(arena, item),
            "Capitalize" => Capitalize(arena, item),
            "Default" => Default(arena, item, none, none),
            "Dirname" => Dirname(arena, item),
            "First" => First(arena, item),
            "Float" => Float(arena, item, none),
            "FromJson" => FromJson(arena, item),
            "Int" => Int(arena, item, none, none),
            "IsIpAddress" => IsIpAddress(arena, item),
            "IsIpv4" => IsIpv4(arena, item),
            "IsIpv6" => IsIpv6(arena, item),
            "IsUrl" => IsUrl(arena, item),
            "Items" => Items(arena, item),
            "Join" => Join(arena, item, none, none),
            "Last" => Last(arena, item),
            "Length" => Length(arena, item),
            "List" => List(arena, item),
            "Lower" => Lower(arena, item),
            "Max" => Max(arena, item),
            "Min" => Min(arena, item),
            "Reject" => Reject(arena, item, none, none),
            "Select" => Select(arena, item, none, none),
            "Sort" => Sort(arena, item, none, none, none),
            "String" => String(arena, item),
            "Sum" => Sum(arena, item, none, none),
            "Title" => Title(arena, item),
            "ToIso8601" => ToIso8601(arena, item, none),
            "ToMacAddress" => ToMacAddress(arena, item),
            "ToRfc3339" => ToRfc3339(arena, item, none),
            "ToJson" => ToJson(arena, item),
            "Trim" => Trim(arena, item, none),
            "Unique" => Unique(arena, item),
            "Upper" => Upper(arena, item),
            _ => Value.Error,
        };
    }
}
