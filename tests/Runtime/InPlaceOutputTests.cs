using System;
using System.Buffers;
using System.Linq;
using System.Text;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>
/// Events are written in the free room of the caller's output and only advanced over when complete: the output must
/// hold exactly the events parsed, whatever room it had, and nothing of an event that failed half-way.
/// </summary>
public sealed class InPlaceOutputTests
{
    private static readonly IntakeRouter s_router = new([EcsForge.Parsers.Ivanti.PulseConnectSecure.Format]);

    private static readonly byte[][] s_lines =
    [
        "id=firewall time=\"2024-05-01 10:00:00\" pri=6 fw=192.0.2.1 vpn=pcs user=CORP\\jane realm=\"Équipe\" roles=\"A,B\" src=198.51.100.1 msg=\"AUT24604: SSL negotiation failed while client at source IP '10.0.0.1' was trying to connect to '10.0.0.2'. Reason: 'no shared cipher'\""u8.ToArray(),
        "id=firewall time=\"2024-05-01 10:00:01\" fw=192.0.2.1 user=bob msg=\"AUT31556: Unauthenticated request url /dana/js?prot=1 came from IP 10.1.2.3.\""u8.ToArray(),
        "id=firewall fw=192.0.2.9 msg=\"SYS31437: Successful syslog connection to peer: '192.0.2.77'\""u8.ToArray(),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(200)]
    [InlineData(65536)]
    public void Events_appended_to_an_output_of_any_room_are_the_events_parsed_alone(int initialCapacity)
    {
        var output = new ArrayBufferWriter<byte>(initialCapacity);

        foreach (var line in s_lines)
        {
            Assert.True(s_router.Parse(Pulse, line, output).Success);
        }

        Assert.Equal(string.Concat(s_lines.Select(Alone)), Encoding.UTF8.GetString(output.WrittenSpan));
    }

    [Fact]
    public void An_event_that_fails_half_way_leaves_the_output_as_it_was()
    {
        var output = new ArrayBufferWriter<byte>(4096);
        Assert.True(s_router.Parse(Pulse, s_lines[0], output).Success);
        var before = output.WrittenSpan.ToArray();

        var result = s_router.Parse(Pulse, "id=firewall fw=192.0.2.1 msg=\"AUT24604: never closed"u8, output);

        Assert.False(result.Success);
        Assert.Equal(before, output.WrittenSpan.ToArray());
    }

    [Fact]
    public void An_output_that_is_not_array_memory_gets_the_staged_event()
    {
        var output = new NativeLikeWriter();

        Assert.True(s_router.Parse(Pulse, s_lines[0], output).Success);

        Assert.Equal(Alone(s_lines[0]), Encoding.UTF8.GetString(output.Written));
    }

    private static IntakeFormat Pulse => EcsForge.Parsers.Ivanti.PulseConnectSecure.Format;

    private static string Alone(byte[] line)
    {
        var output = new ArrayBufferWriter<byte>(1 << 16);
        Assert.True(s_router.Parse(Pulse, line, output).Success);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>An output whose memory is no array segment, as a pipe or native buffer would give.</summary>
    private sealed class NativeLikeWriter : IBufferWriter<byte>
    {
        private readonly Manager _memory = new(new byte[1 << 16]);
        private int _written;

        public byte[] Written => _memory.GetSpan()[.._written].ToArray();

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => _memory.Memory[_written..];

        public Span<byte> GetSpan(int sizeHint = 0) => _memory.GetSpan()[_written..];

        private sealed class Manager(byte[] bytes) : MemoryManager<byte>
        {
            public override Span<byte> GetSpan() => bytes;

            public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException();

            public override void Unpin()
            {
            }

            protected override void Dispose(bool disposing)
            {
            }
        }
    }
}
