using Google.Protobuf.Reflection;

namespace DocGen.Grpc.Reflection;

/// <summary>
/// The files a server describes, with their transitive dependencies, indexed by file name,
/// by fully-qualified symbol (services, methods, messages, enums, extensions) and by extendee.
/// </summary>
internal sealed class DescriptorIndex
{
    private readonly Dictionary<string, FileDescriptor> _filesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileDescriptor> _filesBySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FieldDescriptor>> _extensionsByExtendee = new(StringComparer.Ordinal);

    public DescriptorIndex(IEnumerable<FileDescriptor> files)
    {
        foreach (var file in files) AddFile(file);
    }

    public bool TryGetFile(string fileName, out FileDescriptor file) =>
        _filesByName.TryGetValue(fileName, out file!);

    public bool TryGetFileContainingSymbol(string symbol, out FileDescriptor file) =>
        _filesBySymbol.TryGetValue(symbol, out file!);

    public bool IsKnownMessage(string fullName) =>
        _filesBySymbol.TryGetValue(fullName, out var file) && file.FindTypeByName<MessageDescriptor>(fullName) is not null;

    public IReadOnlyList<FieldDescriptor> ExtensionsOf(string extendee) =>
        _extensionsByExtendee.TryGetValue(extendee, out var list) ? list : [];

    /// <summary>The file first, then every file it depends on, each once: what a client needs to build the file.</summary>
    public static List<FileDescriptor> WithDependencies(FileDescriptor file)
    {
        var ordered = new List<FileDescriptor>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FileDescriptor>();
        pending.Push(file);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next.Name)) continue;
            ordered.Add(next);
            foreach (var dependency in next.Dependencies) pending.Push(dependency);
        }
        return ordered;
    }

    private void AddFile(FileDescriptor file)
    {
        if (!_filesByName.TryAdd(file.Name, file)) return;
        foreach (var dependency in file.Dependencies) AddFile(dependency);

        foreach (var service in file.Services)
        {
            AddSymbol(service.FullName, file);
            foreach (var method in service.Methods) AddSymbol(method.FullName, file);
        }
        foreach (var message in file.MessageTypes) AddMessage(message, file);
        foreach (var enumType in file.EnumTypes) AddSymbol(enumType.FullName, file);
        foreach (var extension in file.Extensions.UnorderedExtensions) AddExtension(extension, file);
    }

    private void AddMessage(MessageDescriptor message, FileDescriptor file)
    {
        AddSymbol(message.FullName, file);
        foreach (var field in message.Fields.InDeclarationOrder()) AddSymbol(field.FullName, file);
        foreach (var nested in message.NestedTypes) AddMessage(nested, file);
        foreach (var enumType in message.EnumTypes) AddSymbol(enumType.FullName, file);
        foreach (var extension in message.Extensions.UnorderedExtensions) AddExtension(extension, file);
    }

    private void AddExtension(FieldDescriptor extension, FileDescriptor file)
    {
        AddSymbol(extension.FullName, file);
        var extendee = extension.ExtendeeType.FullName;
        if (!_extensionsByExtendee.TryGetValue(extendee, out var list))
            _extensionsByExtendee[extendee] = list = [];
        list.Add(extension);
    }

    private void AddSymbol(string symbol, FileDescriptor file) => _filesBySymbol.TryAdd(symbol, file);
}
