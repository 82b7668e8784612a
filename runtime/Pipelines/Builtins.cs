// Compiled into the generator too (a linked file), so the names it checks are the ones the runtime implements.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Pipelines;
#endif

/// <summary>
/// The pipeline language's filters (<c>x | name(args)</c>), methods (<c>x.name(args)</c>) and tests (<c>x is name</c>):
/// the one table both the generator (which checks names and arity and binds keyword arguments) and the runtime
/// (whose <see cref="Filters"/>, <see cref="Methods"/> and <see cref="Tests"/> implement them) read. Each entry names
/// its C# method and its parameters after the input; a method takes <see cref="ValueArena"/>, the input, then one
/// <see cref="Value"/> per parameter (absent when not given). A test returns bool and takes no parameter.
/// </summary>
internal static class Builtins
{
    public static readonly Builtin[] Filters =
    {
        new("abs", "Abs"),
        new("basename", "Basename"),
        new("batch", "Batch", 1, "linecount", "fill_with"),
        new("capitalize", "Capitalize"),
        new("default", "Default", 0, "default_value", "boolean"),
        new("d", "Default", 0, "default_value", "boolean"),
        new("dirname", "Dirname"),
        new("e", "Escape"),
        new("escape", "Escape"),
        new("first", "First"),
        new("float", "Float", 0, "default"),
        new("format", "Format", 0, "arg1", "arg2", "arg3", "arg4"),
        new("from_json", "FromJson"),
        new("int", "Int", 0, "default", "base"),
        new("is_ipaddress", "IsIpAddress"),
        new("is_ipv4", "IsIpv4"),
        new("is_ipv6", "IsIpv6"),
        new("is_url", "IsUrl"),
        new("items", "Items"),
        new("join", "Join", 0, "d", "attribute"),
        new("last", "Last"),
        new("length", "Length"),
        new("count", "Length"),
        new("list", "List"),
        new("lower", "Lower"),
        new("map", "Map", 0, "attribute", "default"),
        new("max", "Max"),
        new("min", "Min"),
        new("re_match", "ReMatch", 1, "pattern"),
        new("re_search", "ReSearch", 1, "pattern"),
        new("reject", "Reject", 0, "test", "argument"),
        new("rejectattr", "RejectAttribute", 1, "attribute", "test", "argument"),
        new("replace", "Replace", 2, "old", "new", "count"),
        new("select", "Select", 0, "test", "argument"),
        new("selectattr", "SelectAttribute", 1, "attribute", "test", "argument"),
        new("sort", "Sort", 0, "reverse", "case_sensitive", "attribute"),
        new("string", "String"),
        new("sum", "Sum", 0, "attribute", "start"),
        new("title", "Title"),
        new("to_iso8601", "ToIso8601", 0, "format"),
        new("to_mac_address", "ToMacAddress"),
        new("to_rfc3339", "ToRfc3339", 0, "format"),
        new("tojson", "ToJson"),
        new("trim", "Trim", 0, "chars"),
        new("unique", "Unique"),
        new("upper", "Upper"),
    };

    public static readonly Builtin[] Methods =
    {
        new("append", "Append", 1, "item"),
        new("capitalize", "Capitalize"),
        new("copy", "Copy"),
        new("count", "Count", 1, "sub"),
        new("endswith", "EndsWith", 1, "suffix"),
        new("extend", "Extend", 1, "items"),
        new("find", "Find", 1, "sub", "start"),
        new("get", "Get", 1, "key", "default"),
        new("index", "Index", 1, "sub", "start"),
        new("isalpha", "IsAlpha"),
        new("isdigit", "IsDigit"),
        new("items", "Items"),
        new("join", "Join", 1, "iterable"),
        new("keys", "Keys"),
        new("lower", "Lower"),
        new("lstrip", "LeftStrip", 0, "chars"),
        new("pop", "Pop", 0, "key", "default"),
        new("removeprefix", "RemovePrefix", 1, "prefix"),
        new("removesuffix", "RemoveSuffix", 1, "suffix"),
        new("replace", "Replace", 2, "old", "new", "count"),
        new("rsplit", "RightSplit", 0, "sep", "maxsplit"),
        new("rstrip", "RightStrip", 0, "chars"),
        new("split", "Split", 0, "sep", "maxsplit"),
        new("startswith", "StartsWith", 1, "prefix"),
        new("strip", "Strip", 0, "chars"),
        new("title", "Title"),
        new("update", "Update", 1, "other"),
        new("upper", "Upper"),
        new("values", "Values"),
    };

    public static readonly Builtin[] Tests =
    {
        new("defined", "Defined"),
        new("undefined", "Undefined"),
        new("none", "None"),
        new("number", "Number"),
        new("string", "String"),
        new("mapping", "Mapping"),
        new("iterable", "Iterable"),
        new("sequence", "Iterable"),
    };
}

/// <summary>One filter, method or test: its pipeline name, its C# method, and its parameters after the input.</summary>
internal sealed class Builtin
{
    public Builtin(string name, string method, int required = 0, params string[] parameters)
    {
        Name = name;
        Method = method;
        Required = required;
        Parameters = parameters;
    }

    public string Name { get; }

    public string Method { get; }

    /// <summary>How many of <see cref="Parameters"/> must be given.</summary>
    public int Required { get; }

    public string[] Parameters { get; }
}
