using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using EcsForge.Parsers;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>
/// Randomized robustness: valid events mutated (truncated, bytes flipped, inserted or deleted) thousands of times.
/// Every result must be a success with valid JSON output, or a failure with a reason and no output; never an exception.
/// </summary>
public sealed class MutationTests
{
    private static readonly string[] s_seeds =
    {
        "{\"Action\":\"block\",\"ClientIP\":\"113.206.179.28\",\"ClientRequestHost\":\"foo-bar-baz.xyz\",\"ClientRequestMethod\":\"GET\",\"ClientRequestPath\":\"/static/favicon.ico\",\"ClientRequestQuery\":\"\",\"Datetime\":1657630626219000000,\"EdgeResponseStatus\":403,\"RayID\":\"7299f155dda47d6b\",\"Metadata\":{\"a\":[1,2,{\"b\":null}]}}",
        "{\"ActionResult\":true,\"ActionType\":\"job_create\",\"ActorIP\":\"::ffff:78.197.123.35\",\"Metadata\":{\"Request\":{\"client_default\":false,\"name\":\"AWS VM\",\"networks\":[{\"network\":\"15.188.186.81/32\"}]},\"zone_name\":\"caf\\u00e9.fr\"},\"When\":\"2023-02-24T14:51:23Z\"}",
        "{\"Action\":\"login\",\"Allowed\":false,\"AppDomain\":\"app.example.co.uk/path\",\"Email\":\"\",\"ActorEmail\":\"j@example.com\",\"IPAddress\":\"2001:db8::1\",\"TemporaryAccessApprovers\":[\"a\"],\"TemporaryAccessDuration\":3600}",
    };

    [Fact]
    public void Mutated_events_never_throw_and_are_never_half_written()
    {
        var router = new IntakeRouter(EcsForge.Parsers.IntakeFormatRegistry.All);
        var random = new Random(20261121);
        var counts = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        for (var iteration = 0; iteration < 6000; iteration++)
        {
            var seed = Encoding.UTF8.GetBytes(s_seeds[iteration % s_seeds.Length]);
            var mutated = Mutate(seed, random);
            var format = router.Formats[iteration % router.Formats.Count];
            var output = new ArrayBufferWriter<byte>();

            var result = router.Parse(format, mutated, output);

            counts[result.Success]++;
            if (result.Success)
            {
                using var document = JsonDocument.Parse(output.WrittenMemory);
                Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
                Assert.Equal(output.WrittenCount, result.BytesWritten);
            }
            else
            {
                Assert.Equal(0, output.WrittenCount);
                Assert.False(string.IsNullOrEmpty(result.Reason));
            }
        }

        // Both outcomes must be exercised, or the mutations are not testing anything.
        Assert.True(counts[true] > 500, $"only {counts[true]} mutated events parsed");
        Assert.True(counts[false] > 500, $"only {counts[false]} mutated events failed");
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations && bytes.Count > 0; i++)
        {
            var position = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes.RemoveRange(position, bytes.Count - position);
                    break;
                case 1:
                    bytes[position] = (byte)random.Next(256);
                    break;
                case 2:
                    const string structural = "{}[]\",:\\ 0tfn\u00ff";
                    bytes.Insert(position, (byte)structural[random.Next(structural.Length)]);
                    break;
                case 3:
                    bytes.RemoveAt(position);
                    break;
                default:
                    bytes[position] = (byte)"abc\"019.:"[random.Next(9)];
                    break;
            }
        }

        return bytes.ToArray();
    }
}
