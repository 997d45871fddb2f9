// libyaml's event API, used by the store's YAML reader.
#include <yaml.h>
