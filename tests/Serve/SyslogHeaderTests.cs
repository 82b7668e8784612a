using System.Text;
using EcsForge.Host.Serve.Syslog;
using Xunit;

namespace EcsForge.Tests.Serve;

public class SyslogHeaderTests
{
    [Theory]
    [InlineData("<134>1 2024-06-03T08:00:00Z host app 42 ID7 - id=firewall user=bob", "id=firewall user=bob")]
    [InlineData("<13>1 2026-11-22T00:52:58.978967+00:00 vm PulseSecure - - [timeQuality tzKnown=\"1\" isSynced=\"0\"] id=a b=c", "id=a b=c")]
    [InlineData("<13>1 - - - - - [a x=\"q\\\"]\\]\"][b] msg", "msg")]
    [InlineData("<13>1 - - - - - -", "")]
    [InlineData("<13>1 - - - - - - \u00EF\u00BB\u00BFbom first", "bom first")]
    [InlineData("<134>Jun  3 08:00:00 pcs-par-01 PulseSecure: id=firewall user=bob", "id=firewall user=bob")]
    [InlineData("<134>Nov 22 00:52:58 vm sshd[1234]: Accepted key", "Accepted key")]
    [InlineData("<134>Nov 22 00:52:58 vm id=firewall user=bob", "id=firewall user=bob")]
    [InlineData("<134>id=firewall user=bob", "id=firewall user=bob")]
    [InlineData("id=firewall user=bob", "id=firewall user=bob")]
    [InlineData("<134>1 2024-06-03T08:00:00Z host app 42 ID7 [unterminated msg", "1 2024-06-03T08:00:00Z host app 42 ID7 [unterminated msg")]
    [InlineData("<1234>too many digits", "<1234>too many digits")]
    [InlineData("<", "<")]
    [InlineData("", "")]
    public void StripsTheHeaderAndKeepsTheMessage(string frame, string message)
    {
        // Latin-1 so that the BOM case can spell its three bytes.
        var bytes = frame.Contains('\u00EF') ? Encoding.Latin1.GetBytes(frame) : Encoding.UTF8.GetBytes(frame);

        Assert.Equal(message, Encoding.UTF8.GetString(SyslogHeader.Strip(bytes)));
    }
}
