using System.Globalization;

namespace TalentWatch.Web.Features.Departures;

/// <summary>
/// The talent-flow chart's geometry, computed here (not by a chart library) so that labels sit outside the two node
/// columns and never over a band, every node has room for its label, and each band can be a link. Units are SVG user units
/// in a <see cref="Width"/>-wide view box.
/// </summary>
public sealed class FlowLayout
{
    public const double Width = 1000;
    public const double LabelSpace = 230;
    public const double NodeWidth = 12;
    public const double MinNodePitch = 22;
    public const double Gap = 8;
    public const double Top = 10;

    public sealed record Node(string Name, double Y, double Height, int Departures, bool Left);

    public sealed record Band(FlowEdge Edge, string Path, int ColorIndex);

    private FlowLayout(IReadOnlyList<Node> nodes, IReadOnlyList<Band> bands, double height)
    {
        Nodes = nodes;
        Bands = bands;
        Height = height;
    }

    public IReadOnlyList<Node> Nodes { get; }

    public IReadOnlyList<Band> Bands { get; }

    public double Height { get; }

    public static double LeftX => LabelSpace;

    public static double RightX => Width - LabelSpace - NodeWidth;

    public static FlowLayout For(IReadOnlyList<FlowEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var left = edges.GroupBy(e => e.Company).Select(g => (Name: g.Key, Total: g.Sum(e => e.Departures)))
            .OrderByDescending(n => n.Total).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        var right = edges.GroupBy(e => e.Destination).Select(g => (Name: g.Key, Total: g.Sum(e => e.Departures)))
            .OrderByDescending(n => n.Total).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
        var total = Math.Max(1, edges.Sum(e => e.Departures));

        // Scale so that the busier column is about 24 units per node, never less than the label pitch allows.
        var rows = Math.Max(left.Count, right.Count);
        var scale = Math.Max(rows * 24.0, 240) / total;
        var leftNodes = Column(left, scale, isLeft: true);
        var rightNodes = Column(right, scale, isLeft: false);
        var height = Math.Max(leftNodes.Bottom, rightNodes.Bottom) + Top;

        // Bands leave a node in the order of their other end, and arrive in the order of theirs, so they cross as little as possible.
        var leftRank = left.Select((n, i) => (n.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var rightRank = right.Select((n, i) => (n.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var starts = Stack(leftNodes.Nodes, edges, e => e.Company, e => rightRank[e.Destination], scale);
        var ends = Stack(rightNodes.Nodes, edges, e => e.Destination, e => leftRank[e.Company], scale);
        var bands = edges.Select(e => new Band(e, Path(starts[e], ends[e], Math.Max(e.Departures * scale, 1.5)), leftRank[e.Company])).ToList();
        return new FlowLayout([.. leftNodes.Nodes, .. rightNodes.Nodes], bands, height);
    }

    /// <summary>Where each edge's band meets its node on one side: stacked from the node's top in the order given.</summary>
    private static Dictionary<FlowEdge, double> Stack(IReadOnlyList<Node> nodes, IReadOnlyList<FlowEdge> edges, Func<FlowEdge, string> nodeOf, Func<FlowEdge, int> order, double scale)
    {
        var offsets = new Dictionary<FlowEdge, double>();
        foreach (var node in nodes)
        {
            var y = node.Y;
            foreach (var edge in edges.Where(e => nodeOf(e) == node.Name).OrderBy(order))
            {
                offsets[edge] = y;
                y += edge.Departures * scale;
            }
        }

        return offsets;
    }

    private static (IReadOnlyList<Node> Nodes, double Bottom) Column(List<(string Name, int Total)> items, double scale, bool isLeft)
    {
        var nodes = new List<Node>(items.Count);
        var y = Top;
        foreach (var (name, total) in items)
        {
            var height = Math.Max(total * scale, 2);
            nodes.Add(new Node(name, y, height, total, isLeft));
            y += Math.Max(height, MinNodePitch) + Gap;
        }

        return (nodes, y);
    }

    private static string Path(double y0, double y1, double thickness)
    {
        var x0 = LeftX + NodeWidth;
        var x1 = RightX;
        var mid = (x0 + x1) / 2;
        return string.Create(CultureInfo.InvariantCulture,
            $"M{x0:0.#},{y0:0.#} C{mid:0.#},{y0:0.#} {mid:0.#},{y1:0.#} {x1:0.#},{y1:0.#} L{x1:0.#},{y1 + thickness:0.#} C{mid:0.#},{y1 + thickness:0.#} {mid:0.#},{y0 + thickness:0.#} {x0:0.#},{y0 + thickness:0.#} Z");
    }
}
