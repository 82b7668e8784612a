using System;

namespace EcsForge.Bench;

internal static class Usage
{
    public const string Text = """
        Usage (from the repository root: dotnet run -c Release --project bench -- COMMAND ...):
          generate <slug> <count> [--seed N] [--out FILE]
              Write <count> raw events of intake format <slug>, one per line, to FILE (stdout when absent or '-').
              The same slug, count and seed (default 42) always give the same bytes. Slugs:
              cloudflare-firewall-events, cloudflare-access-requests, cloudflare-audit-logs, pulse-connect-secure.

          alloc [--events N]
              For each format: generate N events in memory (default 100000), parse them all once to warm up, then
              again into one reused buffer, and print the allocations and single-thread throughput of that pass.
              Formats with sample events but no compiled parser yet are skipped, with a note on stderr.

          alloc --catalogue DIR --only Vendor/format [--only ...] [--events N]
              The same measure for catalogue formats imported from DIR (see ecsforge import) and compiled in
              memory, on their tests/*.json input messages repeated to N events.

          compare [--events N] [--svg PATH] [--catalogue DIR]
              On the same N generated events per dataset (default 200000), time the generated parser against a
              hand-written System.Text.Json JsonNode mapper (Cloudflare firewall events) or Regex + JsonNode mapper
              (Pulse Connect Secure, Nozomi CMC, Netfilter), and against a hand-written floor (Utf8JsonReader/byte
              scanner to Utf8JsonWriter), after checking on the first 2000 events that each writes exactly the
              generated output (exit 1 if not). Nozomi CMC (CEF) and Netfilter (syslog + grok) are imported from the
              catalogue DIR (default ../shared/catalogue) and compiled in memory; their rows say skipped without it.
              Prints a Markdown table of events/s, MB/s, allocated bytes/event and ratios; --svg also writes a bar chart.

          paired [--rounds N] [--events N]
              generated/floor of the shipped compared datasets (firewall events, Pulse Connect Secure) as the median and
              quartiles of N rounds (default 10) of generated, floor, generated, floor passes over N events (default
              40000), after the same output check as compare. A busy spell of a shared machine costs both sides of a
              round, so the median moves little between runs: use it to tell a change of a few percent from noise.

          useragents
              User agents parsed per second on one thread, cold (no cache) and warm (cached), on the user agents of
              20000 generated firewall events and, when ../shared/uap-core-tests exists, on test_device.yaml's strings.

          e2e [--format SLUG] [--threads N] [--runs N]
              Run the built CLI (dotnet build -c Release host first) as 'ecsforge parse' on generated files of 300000
              and 1000000 events (default cloudflare-firewall-events; output written to /dev/null), and
              print its events/s (per second of wall time and of CPU time) and peak RSS next to the same events parsed
              in this process once warm, on as many threads (with --threads N, also on one: the parser's own scaling);
              medians of N runs each (default 3), with the load average.

          uacost
              The cost of one user-agent cache miss (p50, p99, p99.9, max in microseconds) on the normal mix and on
              hostile strings of 512 bytes to 1 MiB, each string parsed once, measured in one run.

          hostile
              Each text scanner on adversarial inputs of N and 4N repeated units (thread CPU time and the ratio, about
              4 when linear), measured in one run.

          amplify --url URL --key KEY --pid PID
              Replay issue 12's amplification attacks (8 concurrent requests each) against a running 'ecsforge serve'
              of process PID on this machine; print its peak RSS during each attack and its RSS after a minute idle,
              against its idle RSS after a warm-up batch of 1000 valid events (and before it).
              Needs root (it resets the peak through /proc/PID/clear_refs).

          bdn [BenchmarkDotNet arguments]
              Run the BenchmarkDotNet suite, e.g. bdn --filter '*' --job short.

          load --url URL --key KEY [--events N] [--batch N] [--concurrency C] [--warmup N] [--format SLUG] [--seed N]
              Drive a running 'ecsforge serve' HTTP intake (URL: http://127.0.0.1:PORT/plain/batch) with gzip
              batches of N events (default 1000) generated up front (default 100000 cloudflare-firewall-events),
              from C concurrent senders (default 4), after --warmup batches (default 20) that are not measured;
              report events/s and batch latency. Exits 1 if a batch is not acknowledged.

          load --broker AMQP_URI [--hosts 1,2] [--workers N] [--events N] [--batch N] [--prefetch N] [--warmup N] [--format SLUG]
              Broker mode (dotnet build -c Release host first): for each host count, start that many 'ecsforge serve'
              consumer hosts (N parse workers each, default 1) on queues of their own, publish the raw batches as a
              front end does, and time until every event is back out of the broker; prints events/s, the ratio to
              the first run, and the broker's CPU (from /proc of its beam.smp) as a share and per event.

        Exit codes: 0 success, 1 I/O error or events that failed to parse, 2 usage error.
        """;

    public const int Success = 0;

    public const int Failure = 1;

    public const int UsageError = 2;

    public static int Show()
    {
        Console.Out.WriteLine(Text);
        return Success;
    }

    /// <summary>Reports a usage error on stderr, followed by the usage text.</summary>
    public static int Error(string message)
    {
        Console.Error.WriteLine("ecsforge-bench: " + message);
        Console.Error.WriteLine();
        Console.Error.WriteLine(Text);
        return UsageError;
    }

    public static bool IsHelp(string arg) => arg is "--help" or "-h" or "help";
}
