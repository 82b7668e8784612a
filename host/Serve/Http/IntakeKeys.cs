using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace EcsForge.Host.Serve.Http;

/// <summary>
/// Finds the intake of a presented key without timing leaks: the key is hashed, so every comparison is between
/// 32-byte digests whatever the lengths, and compared in constant time with every configured key, never stopping early.
/// </summary>
internal sealed class IntakeKeys
{
    private readonly (byte[] Digest, HttpIntake Intake)[] _entries;

    public IntakeKeys(IEnumerable<(string Key, HttpIntake Intake)> intakes)
    {
        _entries = intakes.Select(i => (Digest(i.Key), i.Intake)).ToArray();
    }

    public HttpIntake? Find(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var digest = Digest(key);
        HttpIntake? found = null;
        foreach (var (candidate, intake) in _entries)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, candidate))
            {
                found = intake;
            }
        }

        return found;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
