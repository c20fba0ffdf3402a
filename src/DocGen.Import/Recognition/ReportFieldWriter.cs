using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using DocGen.Protos.V1;

namespace DocGen.Import.Recognition;

/// <summary>
/// Sets a figure of a contract <see cref="AnnualReport"/> by the path the national layout binds
/// its cell to (proto field names, e.g. "applications.withheld.state_secret.natural_person"),
/// so the import needs no table of its own from cells to fields.
/// </summary>
public static class ReportFieldWriter
{
    /// <summary>The figure at <paramref name="path"/>, or null when it was not set (an optional 总计 left out, or its message absent).</summary>
    public static decimal? Get(AnnualReport report, string path)
    {
        IMessage message = report;
        var names = path.Split('.');
        for (var i = 0; i < names.Length - 1; i++)
        {
            if (Find(message, names[i], path).Accessor.GetValue(message) is not IMessage child) return null;
            message = child;
        }
        var leaf = Find(message, names[^1], path);
        if (leaf.HasPresence && !leaf.Accessor.HasValue(message)) return null;
        return leaf.Accessor.GetValue(message) switch
        {
            long l => l,
            int i => i,
            string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    /// <summary>Unsets the figure at <paramref name="path"/> (a figure left out after all).</summary>
    public static void Clear(AnnualReport report, string path)
    {
        IMessage message = report;
        var names = path.Split('.');
        for (var i = 0; i < names.Length - 1; i++)
        {
            if (Find(message, names[i], path).Accessor.GetValue(message) is not IMessage child) return;
            message = child;
        }
        Find(message, names[^1], path).Accessor.Clear(message);
    }

    public static void Set(AnnualReport report, string path, decimal value)
    {
        IMessage message = report;
        var names = path.Split('.');
        for (var i = 0; i < names.Length - 1; i++)
        {
            var field = Find(message, names[i], path);
            var child = (IMessage?)field.Accessor.GetValue(message);
            if (child is null)
            {
                child = field.MessageType.Parser.ParseFrom(ByteString.Empty);
                field.Accessor.SetValue(message, child);
            }
            message = child;
        }
        var leaf = Find(message, names[^1], path);
        object boxed = leaf.FieldType switch
        {
            FieldType.Int64 => decimal.ToInt64(value),
            FieldType.Int32 => decimal.ToInt32(value),
            FieldType.String => value.ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"{path} is a {leaf.FieldType}, not a figure"),
        };
        leaf.Accessor.SetValue(message, boxed);
    }

    private static FieldDescriptor Find(IMessage message, string name, string path) =>
        message.Descriptor.FindFieldByName(name)
        ?? throw new InvalidOperationException($"{path}: {message.Descriptor.Name} has no field {name}");
}
