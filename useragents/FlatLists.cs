using System.Collections.Generic;

namespace EcsForge.UserAgents;

/// <summary>Lists of indexes stored as one array: list <c>i</c> is <c>Items[Start[i]..Start[i + 1]]</c>, read without a reference per list.</summary>
internal static class FlatLists
{
    public static (int[] Start, int[] Items) Flatten(IReadOnlyList<List<int>> lists)
    {
        var start = new int[lists.Count + 1];
        var items = new List<int>();
        for (var i = 0; i < lists.Count; i++)
        {
            start[i] = items.Count;
            items.AddRange(lists[i]);
        }

        start[lists.Count] = items.Count;
        return (start, items.ToArray());
    }
}
