using System;
using System.Text;

namespace EcsForge.Bench.Data;

/// <summary>
/// A VPN user of the sample organization as Pulse Connect Secure logs it, reused across events so users recur: the
/// login as typed (bare, <c>first.last</c>, <c>DOMAIN\user</c> with one or two backslashes, or an email), the realm
/// and the roles, comma-separated with or without spaces, all UTF-8.
/// </summary>
internal sealed record PulseUser(byte[] Name, byte[] Realm, byte[] Roles)
{
    private static readonly string[] FirstNames =
        ["john", "jane", "alice", "bob", "lucas", "priya", "olga", "wei", "yuki", "mohamed", "sofia", "pierre", "anna", "tomas"];

    private static readonly string[] LastNames =
        ["doe", "durand", "garcia", "muller", "smith", "tanaka", "nguyen", "martin", "rossi", "kowalski", "silva", "obrien"];

    private static readonly string[] Domains = ["ACME", "CORP", "EMEA"];

    private static readonly WeightedPool<(string Realm, string[] Roles)> Realms = new(
        (("Employees", ["Users", "VPN_Full", "Intranet", "Finance", "HR_Portal"]), 10),
        (("Corp Users", ["Users", "VPN_Split", "Outlook_Web"]), 6),
        (("Contractors", ["Contractors", "VPN_Restricted"]), 3),
        (("Admin Users", ["Administrators", "VPN_Full", "Read-Only Admins"]), 1),
        (("Équipe IT", ["Support N1", "VPN_Full"]), 1));

    public static PulseUser[] CreateMany(Random random, int count)
    {
        var users = new PulseUser[count];
        for (var i = 0; i < count; i++)
        {
            var first = random.Pick(FirstNames);
            var last = random.Pick(LastNames);
            var name = random.Next(6) switch
            {
                0 => first[0] + last,
                1 => first + "." + last,
                // Pulse logs the backslash of a DOMAIN\user login escaped (two of them) or not, depending on the source.
                2 => random.Pick(Domains) + @"\\" + first + "." + last,
                3 => random.Pick(Domains) + @"\" + first[0] + last,
                4 => first + "." + last + "@example.com",
                _ => first,
            };
            var (realm, roles) = Realms.Pick(random);
            users[i] = new PulseUser(Encoding.UTF8.GetBytes(name), Encoding.UTF8.GetBytes(realm), Encoding.UTF8.GetBytes(RoleList(random, roles)));
        }

        return users;
    }

    /// <summary>One to three of the realm's roles; appliances differ on whether a space follows each comma.</summary>
    private static string RoleList(Random random, string[] roles)
    {
        var count = random.Next(1, Math.Min(3, roles.Length) + 1);
        var start = random.Next(roles.Length - count + 1);
        return string.Join(random.Chance(50) ? ", " : ",", roles, start, count);
    }
}
