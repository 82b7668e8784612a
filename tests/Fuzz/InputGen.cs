using System;
using System.Linq;
using System.Text;
using CsCheck;

namespace EcsForge.Tests.Fuzz;

/// <summary>Byte strings a hostile or broken sender could post: valid events mutated at random places, and noise.</summary>
internal static class InputGen
{
    /// <summary>Bytes that mean something to one reader or another: quotes, escapes, braces, separators, UTF-8 lead and bad bytes.</summary>
    private static readonly byte[] s_special = [(byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'=', (byte)' ', (byte)':', (byte)',', (byte)'\n', (byte)'\r', 0x00, 0x01, 0x7F, 0x80, 0xC3, 0xE2, 0xF0, 0xFF, (byte)'u', (byte)'0'];

    public static Gen<byte[]> Mutated(params string[] seeds)
        => Gen.OneOf(
            from seed in Gen.OneOf(seeds)
            from edits in Edit.Any.Array[0, 8]
            select Apply(Encoding.UTF8.GetBytes(seed), edits),
            Gen.Byte.Array[0, 300],
            from special in Gen.OneOf(s_special).Array[0, 200]
            select special);

    private static byte[] Apply(byte[] text, Edit[] edits)
    {
        var bytes = text.ToList();
        foreach (var edit in edits)
        {
            var at = bytes.Count == 0 ? 0 : (int)(edit.Where % (uint)bytes.Count);
            switch (edit.Kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = edit.Value;
                    break;
                case 1:
                    bytes.Insert(at, edit.Value);
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // Repeats a slice: deep nesting, long runs.
                    bytes.InsertRange(at, bytes.Skip(at).Take(16).SelectMany(b => Enumerable.Repeat(b, 1 + (edit.Value % 8))).ToList());
                    break;
            }
        }

        return [.. bytes];
    }

    private readonly record struct Edit(int Kind, uint Where, byte Value)
    {
        private static readonly Gen<byte> s_value = Gen.OneOf(Gen.Byte, Gen.OneOf(s_special));

        public static Gen<Edit> Any { get; } = Gen.Select(Gen.Int[0, 4], Gen.UInt, s_value, (kind, where, value) => new Edit(kind, where, value));
    }
}
