from wagtail.fields import StreamField as WagtailStreamField


class StreamField(WagtailStreamField):
    """A StreamField whose block definitions stay in code, out of migration files.

    Wagtail writes the whole block tree into every migration that touches the field, so each block
    tweak produced a large, noisy migration. The database column does not depend on the blocks, so
    migrations only need to know that the field is a StreamField. (Data migrations that transform
    stream content should import the block definitions from the app instead.)
    """

    def deconstruct(self):
        name, _path, _args, kwargs = super().deconstruct()
        kwargs["block_lookup"] = {}
        return name, "wagtail.fields.StreamField", [[]], kwargs
