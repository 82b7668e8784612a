using EcsForge.Pipelines;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>The filters over sequences: Jinja's list, unique, sort, min/max, sum, batch, items, map, select and reject.</summary>
public sealed class ListFilterTests
{
    private readonly ValueArena _arena = new();

    private string Show(Value value) => Repr(_arena, value);

    private Value J(string json) => Json(_arena, json);

    [Fact]
    public void List_takes_characters_keys_or_a_copy()
    {
        Assert.Equal("['a', 'b']", Show(Filters.List(_arena, S("ab"))));
        Assert.Equal("['x', 'y']", Show(Filters.List(_arena, J("{\"x\": 1, \"y\": 2}"))));
        Assert.Equal("[]", Show(Filters.List(_arena, Value.Absent)));
        Assert.Equal("Error", Show(Filters.List(_arena, Number(1))));
    }

    [Fact]
    public void Unique_keeps_first_occurrences_in_order_ignoring_case_as_jinja_does()
    {
        Assert.Equal("['b', 'a', 1]", Show(Filters.Unique(_arena, J("[\"b\", \"a\", \"b\", 1, 1.0, \"a\"]"))));
        Assert.Equal("['Admin', 'user']", Show(Filters.Unique(_arena, J("[\"Admin\", \"user\", \"admin\"]"))));
    }

    [Fact]
    public void Sort_is_stable_case_insensitive_and_can_sort_by_attribute()
    {
        Assert.Equal("[1, 2, 3]", Show(Filters.Sort(_arena, J("[3, 1, 2]"), Value.Absent, Value.Absent, Value.Absent)));
        Assert.Equal("[3, 2, 1]", Show(Filters.Sort(_arena, J("[3, 1, 2]"), Value.True, Value.Absent, Value.Absent)));
        Assert.Equal("['a', 'B', 'c']", Show(Filters.Sort(_arena, J("[\"c\", \"B\", \"a\"]"), Value.Absent, Value.Absent, Value.Absent)));
        Assert.Equal("['B', 'a', 'c']", Show(Filters.Sort(_arena, J("[\"c\", \"B\", \"a\"]"), Value.Absent, Value.True, Value.Absent)));
        // Equal keys keep their order, reversed or not.
        Assert.Equal("[{'k': 1, 'n': 'x'}, {'k': 1, 'n': 'y'}, {'k': 0, 'n': 'z'}]",
            Show(Filters.Sort(_arena, J("[{\"k\": 1, \"n\": \"x\"}, {\"k\": 0, \"n\": \"z\"}, {\"k\": 1, \"n\": \"y\"}]"), Value.True, Value.Absent, S("k"))));
        Assert.Equal("Error", Show(Filters.Sort(_arena, J("[1, \"a\"]"), Value.Absent, Value.Absent, Value.Absent)));
    }

    [Fact]
    public void Min_and_max_return_items_and_undefined_when_empty()
    {
        Assert.Equal("1", Show(Filters.Min(_arena, J("[3, 1, 2]"))));
        Assert.Equal("3.5", Show(Filters.Max(_arena, J("[3.5, 1, 2]"))));
        Assert.Equal("'B'", Show(Filters.Max(_arena, J("[\"a\", \"B\"]"))));
        Assert.Equal("Undefined", Show(Filters.Min(_arena, J("[]"))));
        Assert.Equal("Error", Show(Filters.Max(_arena, J("[1, \"a\"]"))));
    }

    [Fact]
    public void Sum_adds_items_or_attributes_from_start()
    {
        Assert.Equal("6", Show(Filters.Sum(_arena, J("[1, 2, 3]"), Value.Absent, Value.Absent)));
        Assert.Equal("11.5", Show(Filters.Sum(_arena, J("[{\"n\": 1}, {\"n\": 0.5}]"), S("n"), Number(10))));
        // sum(start=[]) flattens lists of lists, as the catalogue uses it.
        Assert.Equal("[1, 2, 3]", Show(Filters.Sum(_arena, J("[[1], [2, 3]]"), Value.Absent, J("[]"))));
        Assert.Equal("Error", Show(Filters.Sum(_arena, J("[\"a\"]"), Value.Absent, Value.Absent)));
    }

    [Fact]
    public void Batch_groups_items_and_pads_the_last_group_when_asked()
    {
        Assert.Equal("[[1, 2], [3, 4], [5]]", Show(Filters.Batch(_arena, J("[1, 2, 3, 4, 5]"), Number(2), Value.Absent)));
        Assert.Equal("[[1, 2, 3], [4, 0, 0]]", Show(Filters.Batch(_arena, J("[1, 2, 3, 4]"), Number(3), Number(0))));
    }

    [Fact]
    public void Items_are_key_value_pairs()
    {
        Assert.Equal("[['a', 1], ['b', [2]]]", Show(Filters.Items(_arena, J("{\"a\": 1, \"b\": [2]}"))));
        Assert.Equal("[]", Show(Filters.Items(_arena, Value.Absent)));
        Assert.Equal("Error", Show(Filters.Items(_arena, J("[1]"))));
    }

    [Fact]
    public void Map_takes_an_attribute_with_a_default_or_applies_a_named_filter()
    {
        var items = J("[{\"a\": 1, \"b\": {\"c\": \"x\"}}, {\"a\": 2}, {\"b\": {\"c\": \"y\"}}]");
        var mapped = Filters.Map(_arena, items, S("a"), Value.Absent);
        Assert.Equal(3, _arena.Count(mapped));
        Assert.Equal("2", Show(_arena.Item(mapped, 1)));
        Assert.True(_arena.Item(mapped, 2).IsAbsent);
        Assert.Equal("[1, 2, 0]", Show(Filters.Map(_arena, items, S("a"), Number(0))));
        Assert.Equal("['x', 'none', 'y']", Show(Filters.Map(_arena, items, S("b.c"), S("none"))));
        Assert.Equal("['b', 'c']", Show(Filters.Map(_arena, J("[[\"b\", \"a\"], [\"c\"]]"), S("0"), Value.Absent)));
        Assert.Equal("['a', 'b']", Show(Filters.Map(_arena, J("[\" a \", \"b\"]"), S("trim"), Value.Absent)));
        Assert.Equal("[1, 0, 3]", Show(Filters.Map(_arena, J("[\"1\", \"x\", \"3.0\"]"), S("int"), Value.Absent)));
        Assert.Equal("['a', 'b']", Show(Filters.Map(_arena, J("[\"A\", \"B\"]"), S("lower"), Value.Absent)));
    }

    [Fact]
    public void Selectattr_and_rejectattr_run_the_named_test_on_each_attribute()
    {
        var targets = J("[{\"type\": \"User\", \"id\": 1}, {\"type\": \"Group\", \"id\": 2}, {\"id\": 3}]");
        Assert.Equal("[{'type': 'User', 'id': 1}]", Show(Filters.SelectAttribute(_arena, targets, S("type"), S("equalto"), S("User"))));
        Assert.Equal("[{'type': 'Group', 'id': 2}]", Show(Filters.SelectAttribute(_arena, targets, S("type"), S("=="), S("Group"))));
        Assert.Equal("[{'type': 'Group', 'id': 2}, {'id': 3}]", Show(Filters.RejectAttribute(_arena, targets, S("type"), S("eq"), S("User"))));
        Assert.Equal("[{'type': 'User', 'id': 1}, {'type': 'Group', 'id': 2}]", Show(Filters.SelectAttribute(_arena, targets, S("type"), Value.Absent, Value.Absent)));
        Assert.Equal("[{'id': 3}]", Show(Filters.SelectAttribute(_arena, targets, S("type"), S("undefined"), Value.Absent)));
        Assert.Equal("[{'type': 'Group', 'id': 2}, {'id': 3}]", Show(Filters.SelectAttribute(_arena, targets, S("id"), S("gt"), Number(1))));
        // Undefined != '---' holds, so the item without a type passes (as in Jinja 3.1.6).
        Assert.Equal("[{'type': 'User', 'id': 1}, {'type': 'Group', 'id': 2}, {'id': 3}]", Show(Filters.SelectAttribute(_arena, targets, S("type"), S("!="), S("---"))));
        Assert.Equal("Error", Show(Filters.SelectAttribute(_arena, targets, S("type"), S("no-such-test"), Value.Absent)));
    }

    [Fact]
    public void Select_and_reject_test_the_items_themselves()
    {
        Assert.Equal("[1, 'a', [0]]", Show(Filters.Select(_arena, J("[0, 1, \"\", \"a\", [], [0], null]"), Value.Absent, Value.Absent)));
        Assert.Equal("['a', 'c']", Show(Filters.Select(_arena, J("[\"a\", \"b\", \"c\"]"), S("in"), J("[\"a\", \"c\"]"))));
        Assert.Equal("[1, 2.5]", Show(Filters.Select(_arena, J("[1, \"1\", 2.5, null]"), S("number"), Value.Absent)));
        Assert.Equal("['x', None]", Show(Filters.Reject(_arena, J("[\"x\", 5, null]"), S("number"), Value.Absent)));
        Assert.Equal("['GET:/a']", Show(Filters.Select(_arena, J("[\"GET:/a\", \"POST:/b\"]"), S("match"), S("^GET:"))));
    }
}
