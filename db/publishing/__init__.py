"""Publishing the library to a team: a read-only copy of the reference store shaped for Datasette, and the server."""
