using EcsForge.Pipelines;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>The text filters, with Jinja's semantics at the edges (undefined reads as "", str() of anything else).</summary>
public sealed class TextFilterTests
{
    private readonly ValueArena _arena = new();

    private string Show(Value value) => Repr(_arena, value);

    [Fact]
    public void Case_filters_take_str_of_their_input_and_read_undefined_as_empty()
    {
        Assert.Equal("'hello wörld'", Show(Filters.Lower(_arena, S("HeLLo WÖRLD"))));
        Assert.Equal("'ABC'", Show(Filters.Upper(_arena, S("abc"))));
        Assert.Equal("''", Show(Filters.Lower(_arena, Value.Absent)));
        Assert.Equal("''", Show(Filters.Upper(_arena, Value.Absent)));
        Assert.Equal("\"['a', 1]\"", Show(Filters.Lower(_arena, Json(_arena, "[\"A\", 1]"))));
        Assert.Equal("'true'", Show(Filters.Lower(_arena, Value.True)));
        Assert.Equal("Error", Show(Filters.Lower(_arena, Value.Error)));
    }

    [Fact]
    public void Capitalize_and_title_follow_python_and_jinja()
    {
        Assert.Equal("'Hello world'", Show(Filters.Capitalize(_arena, S("hELLO WORLD"))));
        // Python title-cases the first character: the digraph ǆ becomes ǅ, not Ǆ.
        Assert.Equal("'\u01C5emal'", Show(Filters.Capitalize(_arena, S("\u01C6EMAL"))));
        Assert.Equal("'\u01C5emal \u01C5'", Show(Methods.Title(_arena, S("\u01C6emal \u01C6"))));
        // Jinja's title starts words after white space and -([{<, so the apostrophe stays inside the word ...
        Assert.Equal("\"They're Bill-Smith (Jr)\"", Show(Filters.Title(_arena, S("they're bill-smith (jr)"))));
        // ... where Python's str.title starts one after any uncased character.
        Assert.Equal("\"They'Re Bill-Smith (Jr)\"", Show(Methods.Title(_arena, S("they're bill-smith (jr)"))));
    }

    [Fact]
    public void Trim_strips_white_space_or_the_given_characters()
    {
        Assert.Equal("'a b'", Show(Filters.Trim(_arena, S(" \t a b \n"), Value.Absent)));
        Assert.Equal("'example.com'", Show(Filters.Trim(_arena, S("..example.com."), S("."))));
        Assert.Equal("'b'", Show(Filters.Trim(_arena, S("xyxbyx"), S("xy"))));
        Assert.Equal("''", Show(Filters.Trim(_arena, Value.Absent, Value.Absent)));
        Assert.Equal("'42'", Show(Filters.Trim(_arena, Number(42), Value.Absent)));
    }

    [Fact]
    public void Replace_replaces_all_or_count_occurrences()
    {
        Assert.Equal("'a-b-c'", Show(Filters.Replace(_arena, S("a b c"), S(" "), S("-"), Value.Absent)));
        Assert.Equal("'a-b c'", Show(Filters.Replace(_arena, S("a b c"), S(" "), S("-"), Number(1))));
        Assert.Equal("'-a-b-'", Show(Filters.Replace(_arena, S("ab"), S(""), S("-"), Value.Absent)));
        Assert.Equal("'1.5'", Show(Filters.Replace(_arena, Value.FromFloat(1.5), S(","), S("."), Value.Absent)));
        Assert.Equal("''", Show(Filters.Replace(_arena, Value.Absent, S("a"), S("b"), Value.Absent)));
        Assert.Equal("Error", Show(Filters.Replace(_arena, S("a"), S("a"), S("b"), S("x"))));
    }

    [Fact]
    public void String_is_python_str()
    {
        Assert.Equal("'None'", Show(Filters.String(_arena, Value.None)));
        Assert.Equal("'1.0'", Show(Filters.String(_arena, Value.FromFloat(1))));
        Assert.Equal("''", Show(Filters.String(_arena, Value.Absent)));
        Assert.Equal("\"{'a': [1, 'x']}\"", Show(Filters.String(_arena, Json(_arena, "{\"a\": [1, \"x\"]}"))));
    }

    [Fact]
    public void String_of_a_list_escapes_what_python_repr_escapes()
    {
        // Ops.Text's repr wrote these raw; Python escapes every non-printable character inside a container.
        var list = _arena.NewList();
        foreach (var text in new[] { "\u00a0", "\u001c", "\u00e9", "\ud83d\ude00", "\u2028", "\ue000" })
        {
            _arena.Append(list, S(text));
        }

        Assert.Equal("['\\xa0', '\\x1c', '\u00e9', '\ud83d\ude00', '\\u2028', '\\ue000']", _arena.Text(Filters.String(_arena, list)).ToString());
    }

    [Fact]
    public void Length_counts_characters_items_and_keys()
    {
        Assert.Equal("3", Show(Filters.Length(_arena, S("abc"))));
        Assert.Equal("2", Show(Filters.Length(_arena, Json(_arena, "[1, [2, 3]]"))));
        Assert.Equal("1", Show(Filters.Length(_arena, Json(_arena, "{\"a\": 1}"))));
        Assert.Equal("0", Show(Filters.Length(_arena, Value.Absent)));
        Assert.Equal("Error", Show(Filters.Length(_arena, Number(5))));
        Assert.Equal("Error", Show(Filters.Length(_arena, Value.None)));
    }

    [Fact]
    public void First_and_last_of_strings_lists_and_dicts_are_undefined_when_empty()
    {
        Assert.Equal("'a'", Show(Filters.First(_arena, S("abc"))));
        Assert.Equal("'c'", Show(Filters.Last(_arena, S("abc"))));
        Assert.Equal("1", Show(Filters.First(_arena, Json(_arena, "[1, 2]"))));
        Assert.Equal("2", Show(Filters.Last(_arena, Json(_arena, "[1, 2]"))));
        Assert.Equal("'k'", Show(Filters.First(_arena, Json(_arena, "{\"k\": 1}"))));
        Assert.Equal("Undefined", Show(Filters.First(_arena, Json(_arena, "[]"))));
        Assert.Equal("Undefined", Show(Filters.Last(_arena, S(""))));
        Assert.Equal("Undefined", Show(Filters.First(_arena, Value.Absent)));
        Assert.Equal("Error", Show(Filters.First(_arena, Number(1))));
    }

    [Fact]
    public void Default_replaces_undefined_and_with_boolean_falsy_values()
    {
        Assert.Equal("'x'", Show(Filters.Default(_arena, Value.Absent, S("x"), Value.Absent)));
        Assert.Equal("''", Show(Filters.Default(_arena, Value.Absent, Value.Absent, Value.Absent)));
        Assert.Equal("None", Show(Filters.Default(_arena, Value.None, S("x"), Value.Absent)));
        Assert.Equal("''", Show(Filters.Default(_arena, S(""), S("x"), Value.Absent)));
        Assert.Equal("'x'", Show(Filters.Default(_arena, S(""), S("x"), Value.True)));
        Assert.Equal("'v'", Show(Filters.Default(_arena, S("v"), S("x"), Value.True)));
    }

    [Fact]
    public void Join_joins_str_of_each_item_or_of_its_attribute()
    {
        Assert.Equal("'a, 1, None'", Show(Filters.Join(_arena, Json(_arena, "[\"a\", 1, null]"), S(", "), Value.Absent)));
        Assert.Equal("'abc'", Show(Filters.Join(_arena, Json(_arena, "[\"a\", \"b\", \"c\"]"), Value.Absent, Value.Absent)));
        Assert.Equal("'x|y'", Show(Filters.Join(_arena, Json(_arena, "[{\"n\": \"x\"}, {\"n\": \"y\"}]"), S("|"), S("n"))));
        Assert.Equal("'a-b'", Show(Filters.Join(_arena, S("ab"), S("-"), Value.Absent)));
        Assert.Equal("''", Show(Filters.Join(_arena, Value.Absent, S(","), Value.Absent)));
        Assert.Equal("Error", Show(Filters.Join(_arena, Number(3), S(","), Value.Absent)));
    }

    [Fact]
    public void Tojson_sorts_keys_like_jinja_and_escapes_html_characters()
    {
        Assert.Equal("'{\"a\": [1, 2.5, true, null], \"b\": \"x\"}'", Show(Filters.ToJson(_arena, Json(_arena, "{\"b\": \"x\", \"a\": [1, 2.5, true, null]}"))));
        Assert.Equal("'\"\\\\u003ca\\\\u0026\\\\u0027 \\\\u00e9\"'", Show(Filters.ToJson(_arena, S("<a&' é"))));
        Assert.Equal("Error", Show(Filters.ToJson(_arena, Value.Absent)));
    }

    [Fact]
    public void From_json_parses_or_gives_none()
    {
        Assert.Equal("{'a': [1, 'b']}", Show(Filters.FromJson(_arena, S("{\"a\": [1, \"b\"]}"))));
        Assert.Equal("None", Show(Filters.FromJson(_arena, S("null"))));
        // Office 365/o365 tests/clientipadress.json: "Bind" | from_json == None holds.
        Assert.Equal("None", Show(Filters.FromJson(_arena, S("Bind"))));
        Assert.Equal("None", Show(Filters.FromJson(_arena, S("{oops"))));
        Assert.Equal("None", Show(Filters.FromJson(_arena, Value.None)));
        Assert.Equal("None", Show(Filters.FromJson(_arena, Number(1))));
    }

    [Fact]
    public void Escape_writes_html_entities_as_jinja_does()
    {
        // Office 365 builds JSON by hand with {{property.Value | e}}; Jinja's markupsafe escapes these five characters.
        Assert.Equal("'a &amp; b &lt;c&gt; &#34;d&#34; &#39;e&#39;'", Show(Filters.Escape(_arena, S("a & b <c> \"d\" 'e'"))));
        Assert.Equal("'plain'", Show(Filters.Escape(_arena, S("plain"))));
    }

    [Fact]
    public void Format_applies_python_percent_formatting()
    {
        // Windows: "{{ '%d' | format(final.action.properties.Keywords | int) }}"
        Assert.Equal("'42'", Show(Filters.Format(_arena, S("%d"), Value.FromInteger(42), Value.Absent, Value.Absent, Value.Absent)));
        Assert.Equal("'a=x, n=7, 100%'", Show(Filters.Format(_arena, S("a=%s, n=%d, 100%%"), S("x"), Value.FromFloat(7.9), Value.Absent, Value.Absent)));
        Assert.Equal("Error", Show(Filters.Format(_arena, S("%d %d"), Value.FromInteger(1), Value.Absent, Value.Absent, Value.Absent)));
    }
}
