using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Text;
using System.Threading;

namespace EcsForge.Generator.Schema;

/// <summary>
/// Build-time knowledge of the ECS fields and their types, read from the embedded
/// <c>ecs_fields.tsv</c> (produced by <c>update-ecs.sh</c> from the npm package @elastic/ecs).
/// </summary>
public static class EcsSchema
{
    private const string ResourceName = "EcsForge.Generator.ecs_fields.tsv";
    private const string VersionMarker = "@elastic/ecs@";
    private static readonly char[] Tab = { '\t' };

    // Parsed once on first use, by whichever compilation asks first; the generator runs
    // concurrently in the IDE, hence ExecutionAndPublication.
    private static readonly Lazy<Data> Loaded = new Lazy<Data>(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Looks up a field by its exact (case-sensitive) dotted name; <paramref name="field"/> is null when false.</summary>
    public static bool TryGetField(string name, out EcsField field)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        // netstandard2.0 has no [MaybeNullWhen(false)] to say so in the signature.
        return Loaded.Value.Fields.TryGetValue(name, out field!);
    }

    /// <summary>All field names, in ordinal order.</summary>
    public static IReadOnlyCollection<string> FieldNames => Loaded.Value.Names;

    /// <summary>The ECS version of the embedded data, e.g. "9.4.0".</summary>
    public static string Version => Loaded.Value.Version;

    /// <summary>
    /// The known field name closest to <paramref name="name"/> by optimal string alignment distance
    /// (at most 2 edits, 3 for names longer than 15 chars), or null. A known name returns itself.
    /// Ties go to the ordinally first name so diagnostics are deterministic.
    /// </summary>
    public static string? SuggestClosest(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        var data = Loaded.Value;
        if (data.Fields.ContainsKey(name)) return name;
        int maxEdits = name.Length > 15 ? 3 : 2;

        string? best = null;
        int bestDistance = maxEdits;
        // Each edit changes the length by at most one, so only names within maxEdits of this length can match.
        int from = Math.Max(0, name.Length - maxEdits);
        int to = Math.Min(data.NamesByLength.Length - 1, name.Length + maxEdits);
        for (int length = from; length <= to; length++)
        {
            foreach (var candidate in data.NamesByLength[length])
            {
                // Once a match is found only equally close or closer names matter, which tightens the cut-off.
                int distance = Distance(name, candidate, bestDistance);
                if (distance > bestDistance) continue;
                // Candidates come grouped by length, so compare ordinally to make ties deterministic.
                if (best is null || distance < bestDistance || string.CompareOrdinal(candidate, best) < 0)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// Optimal string alignment distance (Damerau-Levenshtein where a transposed pair is not edited again),
    /// or <paramref name="limit"/> + 1 as soon as the distance is known to exceed <paramref name="limit"/>.
    /// </summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                current[j] = value;
                if (value < rowMin) rowMin = value;
            }
            // Row minimums never decrease, so once one exceeds the limit the result will too.
            if (rowMin > limit) return limit + 1;
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }

    private static Data Load()
    {
        using var stream = typeof(EcsSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from the generator assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));

        string? version = null;
        var fields = new Dictionary<string, EcsField>(StringComparer.Ordinal);
        var names = new List<string>();
        int maxLength = 0;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                version ??= ParseVersion(line);
                continue;
            }

            var parts = line.Split(Tab, 4);
            if (parts.Length != 4)
                throw new InvalidDataException($"{ResourceName} line {lineNumber}: expected 4 tab-separated columns.");
            var field = new EcsField(parts[0], parts[1], parts[2] == "array", parts[3]);
            fields.Add(field.Name, field);
            names.Add(field.Name);
            if (field.Name.Length > maxLength) maxLength = field.Name.Length;
        }

        var byLength = new List<string>[maxLength + 1];
        for (int i = 0; i < byLength.Length; i++) byLength[i] = new List<string>();
        foreach (var name in names) byLength[name.Length].Add(name);
        var byLengthArrays = new string[byLength.Length][];
        for (int i = 0; i < byLength.Length; i++) byLengthArrays[i] = byLength[i].ToArray();

        return new Data(
            version ?? throw new InvalidDataException($"{ResourceName} has no '# {VersionMarker}<version>' header."),
            fields,
            new ReadOnlyCollection<string>(names),
            byLengthArrays);
    }

    private static string? ParseVersion(string header)
    {
        int start = header.IndexOf(VersionMarker, StringComparison.Ordinal);
        if (start < 0) return null;
        start += VersionMarker.Length;
        int end = start;
        while (end < header.Length && !char.IsWhiteSpace(header[end])) end++;
        return end > start ? header.Substring(start, end - start) : null;
    }

    private sealed class Data
    {
        public Data(string version, Dictionary<string, EcsField> fields, ReadOnlyCollection<string> names, string[][] namesByLength)
        {
            Version = version;
            Fields = fields;
            Names = names;
            NamesByLength = namesByLength;
        }

        public string Version { get; }
        public Dictionary<string, EcsField> Fields { get; }
        public ReadOnlyCollection<string> Names { get; }
        // Index = name length; lets SuggestClosest skip names that are too long or short to be close.
        public string[][] NamesByLength { get; }
    }
}
