"""The structural parser every reader shares: neutral blocks to an inquiry."""
