using System.Text.Json;

namespace EcsForge.Bench.Data;

/// <summary>An <c>Action</c> value of Cloudflare firewall events and what it implies for the rest of the event.</summary>
/// <param name="StopsRequest">The request never reached the origin (blocked or challenged): origin status 0.</param>
/// <param name="AnswersChallenge">The event follows up an earlier challenge, whose ray id is the <c>OriginatorRayID</c>.</param>
internal sealed record FirewallAction(JsonEncodedText Name, bool StopsRequest, bool AnswersChallenge)
{
    /// <summary>Every documented action, blocks and challenges being the most frequent.</summary>
    public static WeightedPool<FirewallAction> All { get; } = new(
        (Passes("unknown"), 1),
        (Passes("allow"), 5),
        (Stops("block"), 30),
        (Stops("challenge"), 6),
        (Stops("jschallenge"), 5),
        (Passes("log"), 10),
        (Stops("connectionclose"), 2),
        (Passes("challengesolved", answersChallenge: true), 2),
        (Stops("challengefailed", answersChallenge: true), 2),
        (Passes("challengebypassed"), 1),
        (Passes("jschallengesolved", answersChallenge: true), 2),
        (Stops("jschallengefailed", answersChallenge: true), 1),
        (Passes("jschallengebypassed"), 1),
        (Passes("bypass"), 3),
        (Stops("managedchallenge"), 12),
        (Passes("managedchallengeskipped"), 2),
        (Passes("managedchallengenoninteractivesolved", answersChallenge: true), 3),
        (Passes("managedchallengeinteractivesolved", answersChallenge: true), 2),
        (Passes("managedchallengebypassed"), 1));

    private static FirewallAction Stops(string name, bool answersChallenge = false) => new(JsonText.Go(name), true, answersChallenge);

    private static FirewallAction Passes(string name, bool answersChallenge = false) => new(JsonText.Go(name), false, answersChallenge);
}
