using System;
using System.Globalization;
using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>A person of the sample organization, reused across events so users recur as in real logs.</summary>
/// <param name="ActorId">The 32-hex id audit logs give the user.</param>
/// <param name="Network">Where the user connects from, which sets their country and addresses.</param>
internal sealed record SampleUser(JsonEncodedText Email, JsonEncodedText Uid, JsonEncodedText ActorId, Network Network)
{
    private static readonly string[] FirstNames =
        ["john", "jane", "alice", "bob", "élodie", "josé", "søren", "zoë", "françois", "mohamed", "wei", "yuki", "priya", "olga", "lucas"];

    private static readonly string[] LastNames =
        ["doe", "durand", "garcía", "müller", "smith", "tanaka", "nguyen", "martin", "rossi", "kowalski", "silva", "o'brien"];

    private static readonly string[] Domains = ["example.com", "example.co.uk", "example.fr", "corp.example.com.au"];

    /// <summary>
    /// Draws <paramref name="count"/> users; a third of the non-ASCII addresses are \u-escaped, as senders differ.
    /// </summary>
    public static SampleUser[] CreateMany(Random random, int count)
    {
        var users = new SampleUser[count];
        for (var i = 0; i < count; i++)
        {
            var name = random.Pick(FirstNames) + "." + random.Pick(LastNames);
            var suffix = random.Chance(30) ? random.Next(2, 99).ToString(CultureInfo.InvariantCulture) : "";
            var email = name + suffix + "@" + random.Pick(Domains);
            users[i] = new SampleUser(
                random.Chance(33) ? JsonText.Ascii(email) : JsonText.Go(email),
                JsonText.Go(Identifiers.NewUuid(random)),
                JsonText.Go(Identifiers.NewHex(random, 32)),
                Networks.All.Pick(random));
        }

        return users;
    }
}
