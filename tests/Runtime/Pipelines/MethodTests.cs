using EcsForge.Pipelines;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>Python's str, dict and list methods, at their edges.</summary>
public sealed class MethodTests
{
    private readonly ValueArena _arena = new();

    private string Show(Value value) => Repr(_arena, value);

    private Value J(string json) => Json(_arena, json);

    private static readonly Value None = Value.Absent;

    [Fact]
    public void Split_without_separator_splits_white_space_runs_and_drops_empties()
    {
        Assert.Equal("['a', 'b']", Show(Methods.Split(_arena, S("  a  b "), None, None)));
        Assert.Equal("[]", Show(Methods.Split(_arena, S("   "), None, None)));
        Assert.Equal("['a', 'b  c ']", Show(Methods.Split(_arena, S("  a  b  c "), Value.None, Number(1))));
        Assert.Equal("['  a  b', 'c']", Show(Methods.RightSplit(_arena, S("  a  b  c "), None, Number(1))));
        Assert.Equal("['a', 'b', 'c']", Show(Methods.RightSplit(_arena, S("a b\tc"), None, None)));
    }

    [Fact]
    public void Split_with_separator_keeps_empties_and_counts_maxsplit()
    {
        Assert.Equal("['a', '', 'b', '']", Show(Methods.Split(_arena, S("a,,b,"), S(","), None)));
        Assert.Equal("['a', 'b:c']", Show(Methods.Split(_arena, S("a:b:c"), S(":"), Number(1))));
        Assert.Equal("['a:b', 'c']", Show(Methods.RightSplit(_arena, S("a:b:c"), S(":"), Number(1))));
        Assert.Equal("['a', 'b', 'c']", Show(Methods.RightSplit(_arena, S("a::b::c"), S("::"), Number(-1))));
        Assert.Equal("['']", Show(Methods.Split(_arena, S(""), S(","), None)));
    }

    [Fact]
    public void Split_raises_on_bad_arguments_and_receivers()
    {
        Assert.Equal("Error", Show(Methods.Split(_arena, S("abc"), Number(1), None)));
        Assert.Equal("Error", Show(Methods.Split(_arena, S("abc"), S(""), None)));
        Assert.Equal("Error", Show(Methods.Split(_arena, Number(1), S(","), None)));
        Assert.Equal("Error", Show(Methods.Split(_arena, Value.Absent, None, None)));
    }

    [Fact]
    public void Strip_family_removes_white_space_or_the_given_characters()
    {
        Assert.Equal("'a b'", Show(Methods.Strip(_arena, S("\t a b \n"), None)));
        Assert.Equal("'example.com'", Show(Methods.Strip(_arena, S("\"example.com\" "), S("\" "))));
        Assert.Equal("'a..'", Show(Methods.LeftStrip(_arena, S("..a.."), S("."))));
        Assert.Equal("'..a'", Show(Methods.RightStrip(_arena, S("..a.."), S("."))));
        Assert.Equal("Error", Show(Methods.Strip(_arena, Number(1), None)));
        Assert.Equal("Error", Show(Methods.Strip(_arena, S("a"), Number(1))));
    }

    [Fact]
    public void Prefix_and_suffix_methods_take_strings_or_tuples()
    {
        Assert.Equal("True", Show(Methods.StartsWith(_arena, S("https://x"), S("https"))));
        Assert.Equal("True", Show(Methods.StartsWith(_arena, S("http://x"), J("[\"https\", \"http\"]"))));
        Assert.Equal("False", Show(Methods.EndsWith(_arena, S("file.txt"), J("[\".exe\", \".dll\"]"))));
        Assert.Equal("Error", Show(Methods.StartsWith(_arena, Number(1), S("1"))));
        Assert.Equal("Error", Show(Methods.StartsWith(_arena, Value.Absent, S("1"))));
        Assert.Equal("'example.com'", Show(Methods.RemovePrefix(_arena, S("www.example.com"), S("www."))));
        Assert.Equal("'file'", Show(Methods.RemoveSuffix(_arena, S("file.txt"), S(".txt"))));
        Assert.Equal("'file.txt'", Show(Methods.RemoveSuffix(_arena, S("file.txt"), S(""))));
    }

    [Fact]
    public void Text_methods_follow_python()
    {
        Assert.Equal("'a-b c'", Show(Methods.Replace(_arena, S("a b c"), S(" "), S("-"), Number(1))));
        Assert.Equal("Error", Show(Methods.Replace(_arena, S("a1"), Number(1), S("-"), None)));
        Assert.Equal("2", Show(Methods.Find(_arena, S("abcabc"), S("c"), Value.Absent)));
        Assert.Equal("-1", Show(Methods.Find(_arena, S("abc"), S("z"), Value.Absent)));
        Assert.Equal("Error", Show(Methods.Index(_arena, S("abc"), S("z"), Value.Absent)));
        // Windows's 'User Account Control:' ... message.index('User Parameters:', start_idx)
        Assert.Equal("3", Show(Methods.Find(_arena, S("abcabc"), S("a"), Value.FromInteger(1))));
        Assert.Equal("5", Show(Methods.Index(_arena, S("abcabc"), S("c"), Value.FromInteger(-2))));
        Assert.Equal("-1", Show(Methods.Find(_arena, S("abc"), S("a"), Value.FromInteger(9))));
        Assert.Equal("2", Show(Methods.Count(_arena, S("aaaa"), S("aa"))));
        Assert.Equal("4", Show(Methods.Count(_arena, S("abc"), S(""))));
        Assert.Equal("True", Show(Methods.IsDigit(_arena, S("0123"))));
        Assert.Equal("False", Show(Methods.IsDigit(_arena, S(""))));
        Assert.Equal("False", Show(Methods.IsAlpha(_arena, S("ab1"))));
        Assert.Equal("'Hello world'", Show(Methods.Capitalize(_arena, S("hello WORLD"))));
        Assert.Equal("'ABC'", Show(Methods.Upper(_arena, S("abc"))));
        Assert.Equal("Error", Show(Methods.Lower(_arena, Json(_arena, "[\"A\"]"))));
    }

    [Fact]
    public void Join_method_joins_strings_with_the_receiver()
    {
        Assert.Equal("'a, b'", Show(Methods.Join(_arena, S(", "), J("[\"a\", \"b\"]"))));
        Assert.Equal("'a.b'", Show(Methods.Join(_arena, S("."), S("ab"))));
        Assert.Equal("Error", Show(Methods.Join(_arena, S(","), J("[\"a\", 1]"))));
    }

    [Fact]
    public void Dict_get_gives_the_default_or_python_none()
    {
        var dict = J("{\"a\": 1, \"n\": null}");
        Assert.Equal("1", Show(Methods.Get(_arena, dict, S("a"), None)));
        Assert.Equal("None", Show(Methods.Get(_arena, dict, S("z"), None)));
        Assert.Equal("'d'", Show(Methods.Get(_arena, dict, S("z"), S("d"))));
        Assert.Equal("None", Show(Methods.Get(_arena, dict, S("n"), S("d"))));
        Assert.Equal("Error", Show(Methods.Get(_arena, J("[1]"), S("a"), None)));
        Assert.Equal("Error", Show(Methods.Get(_arena, Value.Absent, S("a"), None)));
    }

    [Fact]
    public void Dict_views_are_lists()
    {
        var dict = J("{\"a\": 1, \"b\": [2]}");
        Assert.Equal("[['a', 1], ['b', [2]]]", Show(Methods.Items(_arena, dict)));
        Assert.Equal("['a', 'b']", Show(Methods.Keys(_arena, dict)));
        Assert.Equal("[1, [2]]", Show(Methods.Values(_arena, dict)));
        Assert.Equal("Error", Show(Methods.Keys(_arena, S("ab"))));
    }

    [Fact]
    public void Pop_update_and_copy_change_dicts_as_python_does()
    {
        var dict = J("{\"a\": 1, \"b\": 2}");
        var copy = Methods.Copy(_arena, dict);
        Assert.Equal("1", Show(Methods.Pop(_arena, dict, S("a"), None)));
        Assert.Equal("{'b': 2}", Show(dict));
        Assert.Equal("'d'", Show(Methods.Pop(_arena, dict, S("a"), S("d"))));
        Assert.Equal("Error", Show(Methods.Pop(_arena, dict, S("a"), None)));
        Assert.Equal("None", Show(Methods.Update(_arena, dict, J("{\"b\": 3, \"c\": 4}"))));
        Assert.Equal("{'b': 3, 'c': 4}", Show(dict));
        Assert.Equal("{'a': 1, 'b': 2}", Show(copy));
    }

    [Fact]
    public void Append_and_extend_mutate_lists_in_place()
    {
        var list = J("[1]");
        Assert.Equal("None", Show(Methods.Append(_arena, list, S("x"))));
        Assert.Equal("None", Show(Methods.Extend(_arena, list, J("[2, 3]"))));
        Assert.Equal("None", Show(Methods.Extend(_arena, list, S("ab"))));
        Assert.Equal("None", Show(Methods.Extend(_arena, list, Value.Absent))); // Jinja's undefined iterates as empty
        Assert.Equal("[1, 'x', 2, 3, 'a', 'b']", Show(list));
        Assert.Equal("None", Show(Methods.Extend(_arena, list, list)));
        Assert.Equal(12, _arena.Count(list));
        Assert.Equal("1", Show(Methods.Index(_arena, list, S("x"), Value.Absent)));
        Assert.Equal("2", Show(Methods.Count(_arena, list, Number(1))));
        Assert.Equal("Error", Show(Methods.Index(_arena, list, S("zz"), Value.Absent)));
        Assert.Equal("Error", Show(Methods.Append(_arena, S("s"), Number(1))));
    }
}
