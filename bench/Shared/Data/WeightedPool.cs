using System;

namespace EcsForge.Bench.Data;

/// <summary>Values drawn with given relative weights, so samples follow a realistic mix rather than a uniform one.</summary>
internal sealed class WeightedPool<T>
{
    private readonly T[] _values;
    private readonly int[] _cumulativeWeights;

    public WeightedPool(params (T Value, int Weight)[] entries)
    {
        if (entries.Length == 0)
        {
            throw new ArgumentException("A pool needs at least one value.", nameof(entries));
        }

        _values = new T[entries.Length];
        _cumulativeWeights = new int[entries.Length];
        var total = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Weight <= 0)
            {
                throw new ArgumentException($"Weight of entry {i} must be positive.", nameof(entries));
            }

            total += entries[i].Weight;
            _values[i] = entries[i].Value;
            _cumulativeWeights[i] = total;
        }
    }

    public T Pick(Random random)
    {
        var ticket = random.Next(_cumulativeWeights[^1]);
        var index = Array.BinarySearch(_cumulativeWeights, ticket + 1);
        return _values[index >= 0 ? index : ~index];
    }
}
