using System;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Bench.NativeAot;

/// <summary>
/// Parses the lines of a file in rounds, in one process, and prints each round's events per second: the first round
/// cold, the later ones warm. The same program runs natively compiled or on the JIT, so the two can be compared.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 3 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) || rounds < 1)
        {
            Console.Error.WriteLine("usage: ecsforge-aot <format slug> <file of one event per line> <rounds>");
            return 2;
        }

        var router = new IntakeRouter(IntakeFormatRegistry.All);
        if (!router.TryGetFormat(args[0], out var format))
        {
            Console.Error.WriteLine($"ecsforge-aot: no format '{args[0]}'");
            return 2;
        }

        var text = File.ReadAllLines(args[1]);
        var lines = new byte[text.Length][];
        for (var i = 0; i < text.Length; i++)
        {
            lines[i] = Encoding.UTF8.GetBytes(text[i]);
        }

        var output = new ArrayBufferWriter<byte>(1 << 20);
        for (var round = 0; round < rounds; round++)
        {
            var failed = 0;
            var stopwatch = Stopwatch.StartNew();
            foreach (var line in lines)
            {
                output.ResetWrittenCount();
                failed += router.Parse(format, line, output).Success ? 0 : 1;
            }

            var rate = lines.Length / stopwatch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {rate:N0} events/s ({failed} failed)"));
        }

        return 0;
    }
}
