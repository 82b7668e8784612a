using System.Linq;
using EcsForge.Pipelines;
using EcsForge.Pipelines.Scanners;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Scanners;

/// <summary>
/// <c>kv.parse-kv</c> with <c>groups: true</c> on Clavister NGFW's lines (../shared/catalogue/Clavister/clavister-ngfw,
/// cited per test; the expected dicts are what the pipeline reads back in the recorded cases), then bad input.
/// </summary>
public sealed class KeyValueGroupScannerTests
{
    private readonly ValueArena _arena = new();

    private Value Parse(string text) => KeyValueGroupScanner.Parse(_arena, S(text), TextSeparator.Parse(@"\s"), TextSeparator.Parse("="));

    private string Groups(string text) => Repr(_arena, Parse(text));

    [Fact]
    public void Brackets_nest_named_groups_and_an_unnamed_group_adds_to_its_parent()
    {
        // tests/alg_session_open.json: rule.name comes from rules.rule, source.nat.ip from conn.conn.newconnsrcip, and
        // the zones are read at the top (parsed_event.message.conndestzone).
        Assert.Equal(
            "{'id': '200001', 'event': 'alg_session_open', 'message': 'ALG session opened', 'conndestzone': 'Zone_INTERNET', "
            + "'connrecvzone': 'Zone_T0', 'alg': {'algmod': 'lw-http', 'algsesid': '111111111'}, "
            + "'conn': {'conn': {'connsrcip': '1.2.3.4', 'newconnsrcip': '4.3.2.1', 'connsrcport': '53264'}}}",
            Groups("id=200001 event=alg_session_open [message=ALG session opened conndestzone=\"Zone_INTERNET\" connrecvzone=\"Zone_T0\" ]"
                + "[alg algmod=lw-http algsesid=111111111 ][conn [conn connsrcip=1.2.3.4 newconnsrcip=4.3.2.1 connsrcport=53264 ]]"));
    }

    [Fact]
    public void A_bracket_ends_a_value_and_words_after_a_group_name_are_skipped()
    {
        // tests/hwaddr_change.json: clavister.ngfw.newhw is "00-00-00-00-00-00", source.ip is arp.ARP.srcip.
        Assert.Equal(
            "{'message': '1.2.3.4 has a different address', 'newhw': '00-00-00-00-00-00', 'rules': {'rule': 'ARPChanges'}, "
            + "'arp': {'opcode': 'Reply', 'ARP': {'srcip': '1.2.3.4'}}}",
            Groups("[message=1.2.3.4 has a different address newhw=00-00-00-00-00-00 ][rules rule=ARPChanges ]"
                + "[arp opcode=Reply [ARP Packet Data srcip=1.2.3.4 ]]"));

        // tests/ipreputation_server_connect.json: server.ip is "5.6.7.8", not "5.6.7.8 ]".
        Assert.Equal("'5.6.7.8'", Repr(_arena, _arena.Member(Parse("action=none [message=Connected to 5.6.7.8. server=5.6.7.8 ]"), "server")));

        // tests/directed_broadcasts.json: "[udp packet srcport=137 ..." is udp.srcport.
        Assert.Equal("{'udp': {'srcport': '137', 'destport': '137'}}", Groups("[udp packet srcport=137 destport=137 ]"));
    }

    [Fact]
    public void Items_after_a_closing_bracket_belong_to_the_enclosing_dict()
    {
        // tests/max_http_sessions_reached.json and tests/tcp_syn_data.json
        Assert.Equal(
            "{'message': 'Closing connection', 'max_sessions': '200', 'algmod': 'lw-http'}",
            Groups("[message=Closing connection max_sessions=200 ]algmod=lw-http"));
        Assert.Equal(
            "{'ippacket': {'version': '1', 'typeOfService': {'delay': 'Normal'}, 'iptotlen': '52', 'srcip': '1.2.3.4'}}",
            Groups("[ippacket version=1 [typeOfService delay=Normal ]iptotlen=52 srcip=1.2.3.4 ]"));
        // tests/user_timeout.json: a value ends where a group opens.
        Assert.Equal(
            "{'message': 'User timeout expired', 'userauth': {'username': 'JDOE'}}",
            Groups("message=User timeout expired [userauth username=JDOE ]"));
    }

    [Fact]
    public void Unbalanced_and_odd_brackets_keep_every_item()
    {
        Assert.Equal("{'a': '1', 'g': {'b': '2'}}", Groups("a=1 [g b=2"));
        Assert.Equal("{'a': '1', 'b': '2'}", Groups("a=1 ]] b=2"));
        Assert.Equal("{'a': '1', 'b': '2'}", Groups("[ a=1 [] b=2 ]"));
        Assert.Equal("{'a': '=x'}", Groups("a= =x"));
        Assert.Equal("{}", Groups(string.Empty));
        Assert.Equal("Undefined", Repr(_arena, KeyValueGroupScanner.Parse(_arena, Value.Absent, TextSeparator.Parse(@"\s"), TextSeparator.Parse("="))));
    }

    [Fact]
    public void Deep_nesting_stops_at_the_maximum_depth_and_long_values_stay_whole()
    {
        const int Levels = 10_000;
        var nested = Parse(string.Concat(Enumerable.Repeat("[g ", Levels)) + "x=1" + new string(']', Levels) + " after=2");
        var depth = 0;
        var dict = nested;
        while (_arena.Member(dict, "g") is { Kind: ValueKind.Dict } inner)
        {
            dict = inner;
            depth++;
        }

        Assert.Equal(KeyValueGroupScanner.MaxDepth, depth);
        Assert.Equal("'2'", Repr(_arena, _arena.Member(nested, "after")));

        var megabyte = new string('v', 1 << 20);
        Assert.Equal(1 << 20, _arena.Text(_arena.Member(Parse("k=" + megabyte + " ]"), "k")).Length);
        Assert.Equal("{}", Groups(new string('[', 1 << 20)));
    }
}
