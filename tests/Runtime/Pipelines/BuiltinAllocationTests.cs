using EcsForge.Pipelines;
using PipelineTests = EcsForge.Pipelines.Tests;
using EcsForge.Tests.Support;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>Builtins compute into the event's arena: once it is warm, a call allocates nothing on the heap.</summary>
public sealed class BuiltinAllocationTests
{
    [Fact]
    public void Filters_methods_and_tests_allocate_nothing_in_steady_state()
    {
        var arena = new ValueArena();
        var checksum = 0L;
        var (allocated, _) = Allocations.Measure(
            () =>
            {
                arena.Reset();
                var items = Json(arena, "[{\"type\": \"User\", \"id\": 2, \"n\": \" B \"}, {\"type\": \"Group\", \"id\": 1, \"n\": \"a\"}]");
                var text = S("  Alpha beta,Gamma  ");
                checksum += arena.Count(Filters.Map(arena, items, S("n"), Value.Absent));
                checksum += arena.Count(Filters.Map(arena, Filters.Map(arena, items, S("n"), Value.Absent), S("trim"), Value.Absent));
                checksum += arena.Count(Filters.SelectAttribute(arena, items, S("type"), S("equalto"), S("User")));
                checksum += arena.Count(Filters.Sort(arena, items, Value.True, Value.Absent, S("id")));
                checksum += arena.Count(Filters.Unique(arena, Filters.List(arena, text)));
                checksum += Filters.Join(arena, items, S(","), S("type")).Length;
                checksum += Filters.Lower(arena, text).Length + Filters.Title(arena, text).Length;
                checksum += Filters.Replace(arena, text, S("a"), S("o"), Value.Absent).Length;
                checksum += Filters.Int(arena, S(" 3.0 "), Value.Absent, Value.Absent).Integer;
                checksum += Filters.ToJson(arena, items).Length;
                checksum += Filters.ToRfc3339(arena, S("1732639501774"), Value.Absent).Length;
                checksum += Filters.ToRfc3339(arena, S("22/Aug/2019:08:28:30 +0200"), Value.Absent).Length;
                checksum += Filters.ToRfc3339(arena, S("15/04/2024 12:50:04"), S("%d/%m/%Y %H:%M:%S")).Length;
                checksum += Filters.IsIpAddress(arena, S("2001:db8::1")).Kind == ValueKind.True ? 1 : 0;
                checksum += Filters.ReSearch(arena, text, S("beta,[A-Z]")).Kind == ValueKind.True ? 1 : 0;
                checksum += Filters.ToMacAddress(arena, S("0050.5683.69cd")).Length;
                checksum += Filters.Basename(arena, S(@"C:\Windows\cmd.exe")).Length;
                checksum += arena.Count(Methods.Split(arena, text, Value.Absent, Value.Absent));
                checksum += arena.Count(Methods.RightSplit(arena, text, S(","), Value.FromInteger(1)));
                checksum += Methods.Strip(arena, text, Value.Absent).Length;
                checksum += Methods.Get(arena, arena.Item(items, 0), S("missing"), S("d")).Length;
                checksum += arena.Count(Methods.Items(arena, arena.Item(items, 1)));
                checksum += PipelineTests.Number(arena, Value.FromInteger(1)) ? 1 : 0;
            },
            repetitions: 200);

        Assert.Equal(0, allocated);
        Assert.True(checksum > 0);
    }
}
